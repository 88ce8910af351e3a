import { catalogue } from "@/lib/data";
import { notFound, parseParams, parseQuery, respond } from "@/lib/api/http";
import { redirectAlias } from "@/lib/api/aliases";
import { EmptyQuery, SlugParams } from "@/lib/schemas/api";

export const dynamic = "force-dynamic";

export async function GET(request: Request, ctx: { params: Promise<{ slug: string }> }) {
  const { slug } = await ctx.params;
  return (
    (await redirectAlias(request, "topic", slug)) ??
    respond(async () => {
      parseQuery(request.url, EmptyQuery);
      const params = parseParams({ slug }, SlugParams);
      const topic = await catalogue().topic(params.slug);
      if (!topic) throw notFound(`No topic with slug "${params.slug}".`);
      return topic;
    })
  );
}
