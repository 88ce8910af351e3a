import { catalogue } from "@/lib/data";
import { ENDPOINTS } from "@/lib/api/endpoints";
import { found, route } from "@/lib/api/route";

export const dynamic = "force-dynamic";
export const GET = route(ENDPOINTS.getTheme, ({ params: { slug } }) =>
  found(catalogue().theme(slug), `No theme with slug "${slug}".`),
);
