import { catalogue } from "@/lib/data";
import { ENDPOINTS } from "@/lib/api/endpoints";
import { found, route } from "@/lib/api/route";

export const dynamic = "force-dynamic";
export const GET = route(ENDPOINTS.getTopic, ({ params: { slug } }) =>
  found(catalogue().topic(slug), `No topic with slug "${slug}".`),
);
