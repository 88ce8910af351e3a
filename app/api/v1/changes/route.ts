import { catalogue } from "@/lib/data";
import { ENDPOINTS } from "@/lib/api/endpoints";
import { notFound } from "@/lib/api/http";
import { route } from "@/lib/api/route";
import { compareSnapshots } from "@/lib/domain/release/compare";

export const dynamic = "force-dynamic";

/** GET /api/v1/changes?from=1.2.0&to=1.3.0: what changed between two dataset versions, entry by entry. */
export const GET = route(ENDPOINTS.getChanges, async ({ query: { from, to } }) => {
  const reader = catalogue();
  const [prev, next] = await Promise.all([reader.snapshot(from), reader.snapshot(to)]);
  if (!prev || !next) {
    const known = (await reader.versions()).map((v) => v.version).join(", ");
    throw notFound(`No dataset version ${!prev ? from : to}. Dataset versions that exist: ${known}.`);
  }
  return { from, to, changes: compareSnapshots(prev, next) };
});
