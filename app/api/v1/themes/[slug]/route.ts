import { catalogue } from "@/lib/data";
import { entityRoute } from "@/lib/api/entity-route";

export const dynamic = "force-dynamic";
export const GET = entityRoute("theme", (slug) => catalogue().theme(slug));
