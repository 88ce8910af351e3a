import { catalogue } from "@/lib/data";
import { ENDPOINTS } from "@/lib/api/endpoints";
import { found, route } from "@/lib/api/route";

export const dynamic = "force-dynamic";
export const GET = route(ENDPOINTS.getVideo, ({ params: { id } }) =>
  found(catalogue().video(id), `No video with id "${id}" is cited in the catalogue.`),
);
