import { ENDPOINTS } from "@/lib/api/endpoints";
import { layerRoute } from "@/lib/api/layer-route";
import { lookupFailure } from "@/lib/layers/answers";
import { listRevisions } from "@/lib/layers/store";

export const dynamic = "force-dynamic";

export const GET = layerRoute(ENDPOINTS.listLayerRevisions, async ({ params }) => {
  const list = await listRevisions(params.id);
  if (list.state !== "found") throw lookupFailure(params.id, list.state);
  return {
    data: list.revisions.map((r) => ({
      revision: r.revision,
      savedAt: r.savedAt.toISOString(),
      name: r.layer.name,
      items: r.layer.items.length,
      current: r.revision === list.current,
    })),
  };
});
