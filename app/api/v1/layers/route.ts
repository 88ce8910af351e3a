import { ENDPOINTS } from "@/lib/api/endpoints";
import { layerRoute } from "@/lib/api/layer-route";
import { layerEtag } from "@/lib/domain/layers/http";
import { record } from "@/lib/layers/answers";
import { createLayer } from "@/lib/layers/store";

export const dynamic = "force-dynamic";

export const POST = layerRoute(ENDPOINTS.createLayer, async ({ body }) => {
  const { editToken, stored } = await createLayer(body!);
  const readUrl = `/layers/${stored.id}`;
  return {
    status: 201,
    headers: { Location: `/api/v1/layers/${stored.id}`, ETag: layerEtag(stored.revision) },
    data: { ...record(stored), editToken, readUrl, editUrl: `${readUrl}/edit#token=${editToken}` },
  };
});
