import { ENDPOINTS } from "@/lib/api/endpoints";
import { notFound } from "@/lib/api/http";
import { layerRoute } from "@/lib/api/layer-route";
import { lookupFailure, record } from "@/lib/layers/answers";
import { findRevision } from "@/lib/layers/store";

export const dynamic = "force-dynamic";

export const GET = layerRoute(ENDPOINTS.getLayerRevision, async ({ params }) => {
  const found = await findRevision(params.id, params.revision);
  if (found.state === "no-revision")
    throw notFound(`Layer "${params.id}" has no revision ${params.revision} (its current one is ${found.current}).`);
  if (found.state !== "found") throw lookupFailure(params.id, found.state);
  return { data: record(found.layer) };
});
