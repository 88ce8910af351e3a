import { catalogue } from "@/lib/data";
import { notFound, parseParams, parseQuery, respond } from "@/lib/api/http";
import { EmptyQuery, VideoParams } from "@/lib/schemas/api";

export const dynamic = "force-dynamic";

export async function GET(request: Request, ctx: { params: Promise<{ id: string }> }) {
  const { id } = await ctx.params;
  return respond(async () => {
    parseQuery(request.url, EmptyQuery);
    const params = parseParams({ id }, VideoParams);
    const video = await catalogue().video(params.id);
    if (!video) throw notFound(`No video with id "${params.id}" is cited in the catalogue.`);
    return video;
  });
}
