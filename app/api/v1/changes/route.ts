import { catalogue } from "@/lib/data";
import { notFound, parseQuery, respond } from "@/lib/api/http";
import { compareSnapshots } from "@/lib/domain/release/compare";
import { ChangesQuery } from "@/lib/schemas/api";

export const dynamic = "force-dynamic";

/** GET /api/v1/changes?from=1.2.0&to=1.3.0: what changed between two dataset versions, entry by entry. */
export async function GET(request: Request) {
  return respond(async () => {
    const { from, to } = parseQuery(request.url, ChangesQuery);
    const reader = catalogue();
    const [prev, next] = await Promise.all([reader.snapshot(from), reader.snapshot(to)]);
    if (!prev || !next) {
      const known = (await reader.versions()).map((v) => v.version).join(", ");
      throw notFound(`No dataset version ${!prev ? from : to}. Dataset versions that exist: ${known}.`);
    }
    return { from, to, changes: compareSnapshots(prev, next) };
  });
}
