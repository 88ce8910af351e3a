import { catalogue } from "@/lib/data";
import { ENDPOINTS } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";

export const dynamic = "force-dynamic";
export const GET = route(ENDPOINTS.listPhases, () => catalogue().phases());
