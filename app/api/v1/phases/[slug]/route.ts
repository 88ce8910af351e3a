import { catalogue } from "@/lib/data";
import { ENDPOINTS } from "@/lib/api/endpoints";
import { found, route } from "@/lib/api/route";

export const dynamic = "force-dynamic";
export const GET = route(ENDPOINTS.getPhase, ({ params: { slug } }) =>
  found(catalogue().phase(slug), `No phase with slug "${slug}".`),
);
