import { comparePath } from "@/lib/domain/layers/compare";
import { comparisonMarkdown, evidenceMarkdown } from "@/lib/domain/layers/markdown";
import { loadComparison, readCompareQuery } from "@/lib/layers/compare-data";
import { layerPageCatalogue } from "@/lib/layers/page-data";
import { siteUrl } from "@/lib/site";

export const dynamic = "force-dynamic";

/** Layers change with every save: nothing keeps this answer, so a new save shows at once. */
const HEADERS = { "Cache-Control": "no-store", "X-Robots-Tag": "noindex" };

/**
 * The Markdown record of a comparison (/layers/compare.md?a=<id>&b=<id|evidence>), as a design-review record:
 * two team plans, or one against the evidence alone. An unknown or deleted id is a 404 or 410 naming it.
 */
export async function GET(request: Request) {
  const query = readCompareQuery(new URL(request.url).searchParams);
  const found = await loadComparison(query);
  if (found.kind === "problem")
    return new Response(`${found.message}\n`, {
      status: found.status,
      headers: { ...HEADERS, "Content-Type": "text/plain; charset=utf-8" },
    });
  const entries = new Map((await layerPageCatalogue()).entries);
  const side = (s: { id: string; revision: number; layer: (typeof found)["a"]["layer"] }) => ({
    layer: s.layer,
    path: `/layers/${s.id}`,
    revision: s.revision,
  });
  const links = { siteUrl: siteUrl(), comparePath: comparePath(query.a!, query.b!) };
  const body =
    found.kind === "layers"
      ? comparisonMarkdown(side(found.a), side(found.b), found.rows, entries, links)
      : evidenceMarkdown(side(found.a), found.rows, entries, { ...links, datasetVersion: found.datasetVersion });
  return new Response(body, {
    headers: {
      ...HEADERS,
      "Content-Type": "text/markdown; charset=utf-8",
      "Content-Disposition": `inline; filename="team-plan-comparison.md"`,
    },
  });
}
