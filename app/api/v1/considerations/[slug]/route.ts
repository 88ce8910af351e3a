import { catalogue } from "@/lib/data";
import { notFound, parseParams, parseQuery, respond } from "@/lib/api/http";
import { EmptyQuery, SlugParams } from "@/lib/schemas/api";

export const dynamic = "force-dynamic";

/** Considerations have no old slugs (yet), so unlike topics there is no alias redirect. */
export async function GET(request: Request, ctx: { params: Promise<{ slug: string }> }) {
  const { slug } = await ctx.params;
  return respond(async () => {
    parseQuery(request.url, EmptyQuery);
    const params = parseParams({ slug }, SlugParams);
    const entry = await catalogue().consideration(params.slug);
    if (!entry) throw notFound(`No consideration with slug "${params.slug}".`);
    return entry;
  });
}
