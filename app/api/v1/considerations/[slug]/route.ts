import { catalogue } from "@/lib/data";
import { ENDPOINTS } from "@/lib/api/endpoints";
import { found, route } from "@/lib/api/route";

export const dynamic = "force-dynamic";
export const GET = route(ENDPOINTS.getConsideration, ({ params: { slug } }) =>
  found(catalogue().consideration(slug), `No consideration with slug "${slug}".`),
);
