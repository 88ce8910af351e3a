import { ENDPOINTS } from "@/lib/api/endpoints";
import { layerRoute } from "@/lib/api/layer-route";
import { layerEtag } from "@/lib/domain/layers/http";
import { foundLayer, record, requireIfMatch, requireToken, written } from "@/lib/layers/answers";
import { deleteLayer, findLayer, saveLayer } from "@/lib/layers/store";

export const dynamic = "force-dynamic";

export const GET = layerRoute(ENDPOINTS.getLayer, async ({ request, params }) => {
  const stored = foundLayer(params.id, await findLayer(params.id));
  const etag = layerEtag(stored.revision);
  const unchanged =
    request.headers
      .get("if-none-match")
      ?.split(",")
      .some((t) => t.trim() === etag) ?? false;
  return { status: unchanged ? 304 : 200, data: record(stored), headers: { ETag: etag } };
});

export const PUT = layerRoute(ENDPOINTS.updateLayer, async ({ request, params, body }) => {
  const token = requireToken(request);
  const expected = requireIfMatch(request);
  return written(params.id, await saveLayer(params.id, token, expected, body!), record);
});

export const DELETE = layerRoute(ENDPOINTS.deleteLayer, async ({ request, params }) => {
  const token = requireToken(request);
  const expected = request.headers.has("if-match") ? requireIfMatch(request) : null;
  const answer = written(params.id, await deleteLayer(params.id, token, expected), () => ({
    id: params.id,
    deleted: true as const,
  }));
  return { data: answer.data };
});
