import { ENDPOINTS } from "@/lib/api/endpoints";
import { notFound } from "@/lib/api/http";
import { layerRoute } from "@/lib/api/layer-route";
import { lookupFailure, record, requireIfMatch, requireToken, written } from "@/lib/layers/answers";
import { findRevision, saveLayer } from "@/lib/layers/store";

export const dynamic = "force-dynamic";

export const POST = layerRoute(ENDPOINTS.restoreLayerRevision, async ({ request, params }) => {
  const token = requireToken(request);
  const expected = requireIfMatch(request);
  const found = await findRevision(params.id, params.revision);
  if (found.state === "no-revision") throw notFound(`Layer "${params.id}" has no revision ${params.revision}.`);
  if (found.state !== "found") throw lookupFailure(params.id, found.state);
  return written(params.id, await saveLayer(params.id, token, expected, found.layer.layer), record);
});
