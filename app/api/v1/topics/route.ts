import { catalogue } from "@/lib/data";
import { notFound, parseQuery, respond } from "@/lib/api/http";
import { TopicsQuery } from "@/lib/schemas/api";
import { followFilterAlias } from "@/lib/api/aliases";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return respond(async () => {
    const query = parseQuery(request.url, TopicsQuery);
    const reader = catalogue();
    if (query.theme && !(await reader.theme(query.theme))) {
      await followFilterAlias(request.url, "theme", "theme", query.theme);
      throw notFound(`No theme with slug "${query.theme}".`);
    }
    if (query.phase && !(await reader.phase(query.phase))) {
      await followFilterAlias(request.url, "phase", "phase", query.phase);
      throw notFound(`No phase with slug "${query.phase}".`);
    }
    return reader.topics(query);
  });
}
