import { catalogue } from "@/lib/data";
import { notFound, parseQuery, respond } from "@/lib/api/http";
import { VideosQuery } from "@/lib/schemas/api";
import { followFilterAlias } from "@/lib/api/aliases";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return respond(async () => {
    const query = parseQuery(request.url, VideosQuery);
    const reader = catalogue();
    if (query.topic && !(await reader.topic(query.topic))) {
      await followFilterAlias(request.url, "topic", "topic", query.topic);
      throw notFound(`No topic with slug "${query.topic}".`);
    }
    return reader.videos(query);
  });
}
