import { cellCitationGET } from "@/lib/api/citation-route";

export const dynamic = "force-dynamic";
export const GET = cellCitationGET;
