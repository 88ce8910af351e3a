import { catalogue } from "@/lib/data";
import { parseQuery, respond } from "@/lib/api/http";
import { EmptyQuery } from "@/lib/schemas/api";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return respond(async () => {
    parseQuery(request.url, EmptyQuery);
    return catalogue().findings();
  });
}
