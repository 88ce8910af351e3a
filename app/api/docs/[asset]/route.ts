import { docsAsset } from "@/lib/api/docs";

export const dynamic = "force-dynamic";
export async function GET(_request: Request, ctx: { params: Promise<{ asset: string }> }) {
  return docsAsset((await ctx.params).asset);
}
