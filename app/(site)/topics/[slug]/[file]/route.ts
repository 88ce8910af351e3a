import { citationRoute } from "@/lib/api/citation-route";

export const dynamic = "force-dynamic";
export const GET = citationRoute("topic");
