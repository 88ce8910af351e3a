import { versionedCitationGET } from "@/lib/api/citation-route";

export const dynamic = "force-dynamic";
export const GET = versionedCitationGET;
