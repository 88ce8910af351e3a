import { parseQuery, respond } from "@/lib/api/http";
import { SearchQuery, type SearchHitShape } from "@/lib/schemas/api";
import { currentSearchIndex } from "@/lib/search/server-index";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return respond(async (): Promise<SearchHitShape[]> => {
    const query = parseQuery(request.url, SearchQuery);
    const { index } = await currentSearchIndex();
    return index.search(query.q, { kinds: query.kind, limit: query.limit });
  });
}
