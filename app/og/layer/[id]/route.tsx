import { catalogue } from "@/lib/data";
import { LAYER_STATUSES } from "@/lib/domain/layers/format";
import { LAYER_ID_PATTERN } from "@/lib/domain/layers/http";
import { STATUS_LABEL } from "@/lib/domain/layers/markdown";
import { groupByStatus, overlayFill, STATUS_FILL, topicStatuses } from "@/lib/domain/layers/overlay";
import { statusCounts } from "@/lib/domain/layers/rules";
import { fitText } from "@/lib/domain/label-fit";
import { findLayer } from "@/lib/layers/store";
import { ogImage } from "@/lib/og";

export const dynamic = "force-dynamic";

/**
 * A layer changes with every save and is nobody else's: the card is never stored (the page links it with its
 * revision in the URL, /og/layer/<id>?r=<n>, so a preview fetched after an edit is a new URL too). It shows
 * what the read page shows — never the edit token, which the server does not have.
 */
const HEADERS = { "Cache-Control": "no-store", "X-Robots-Tag": "noindex" };
const text = (body: string, status: number) =>
  new Response(body, { status, headers: { ...HEADERS, "Content-Type": "text/plain; charset=utf-8" } });

/** Preview card of a team plan: its name, its decisions counted, and its topics coloured by decision. */
export async function GET(_request: Request, ctx: { params: Promise<{ id: string }> }) {
  const { id } = await ctx.params;
  if (!LAYER_ID_PATTERN.test(id)) return text("No such team plan.\n", 404);
  const found = await findLayer(id);
  if (found.state === "missing") return text("No such team plan.\n", 404);
  if (found.state === "gone") return text("This team plan was deleted.\n", 410);
  const { layer, revision } = found.layer;
  const counts = statusCounts(layer);
  const cooc = await catalogue().cooccurrence();
  const statuses = topicStatuses(layer);
  const { order } = groupByStatus(cooc.topics, statuses);
  const topics = layer.items.filter((i) => i.kind === "topic").length;
  return ogImage(
    <div style={{ display: "flex", flexDirection: "column", width: "100%" }}>
      <div style={{ fontSize: 28, color: "#475569", textTransform: "uppercase", letterSpacing: 2 }}>Team plan</div>
      <div style={{ fontSize: 60, fontWeight: 700, marginTop: 8, lineHeight: 1.05 }}>
        {fitText(layer.name, 1080, 60, true)}
      </div>
      <div style={{ display: "flex", gap: 28, marginTop: 32 }}>
        {LAYER_STATUSES.map((s) => (
          <div key={s} style={{ display: "flex", alignItems: "center", gap: 10, fontSize: 30 }}>
            <div style={{ width: 26, height: 26, borderRadius: 4, background: STATUS_FILL[s] }} />
            <span style={{ fontWeight: 700 }}>{counts[s]}</span>
            <span style={{ color: "#334155" }}>{STATUS_LABEL[s].toLowerCase()}</span>
          </div>
        ))}
      </div>
      <div style={{ display: "flex", gap: 6, marginTop: 36 }}>
        {order.map((i) => {
          const status = statuses.get(cooc.topics[i]) ?? null;
          return (
            <div
              key={cooc.topics[i]}
              style={{
                width: 48,
                height: 48,
                borderRadius: 4,
                background: overlayFill(status),
                border: `1px solid ${status === null ? "#94a3b8" : overlayFill(status)}`,
              }}
            />
          );
        })}
      </div>
      <div style={{ fontSize: 26, color: "#475569", marginTop: 16 }}>
        {`${topics} of ${cooc.topics.length} topics in the plan; the topics grouped by decision · revision ${revision}`}
      </div>
    </div>,
    `Mailach et al., arXiv 2411.08574 · made on dataset v${layer.datasetVersion}`,
    HEADERS,
  );
}
