import { docsAsset } from "@/lib/api/docs";
import { API_DOCS_ASSETS } from "@/lib/domain/api-docs";

// The page's scripts, built with it by `next build`; any other name answers a JSON 404.
export const dynamic = "force-static";
export function generateStaticParams() {
  return API_DOCS_ASSETS.map((asset) => ({ asset }));
}
export async function GET(_request: Request, ctx: { params: Promise<{ asset: string }> }) {
  return docsAsset((await ctx.params).asset);
}
