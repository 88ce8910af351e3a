import { ENDPOINTS } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { catalogue } from "@/lib/data";
import { currentSearchIndex } from "@/lib/domain/search/server-index";

export const dynamic = "force-dynamic";
export const GET = route(ENDPOINTS.search, async ({ query }) => {
  const { index } = await currentSearchIndex(catalogue());
  return index.search(query.q, { kinds: query.kind, limit: query.limit });
});
