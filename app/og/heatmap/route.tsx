import { catalogue } from "@/lib/data";
import { buildMatrix, MEASURE_LABEL } from "@/lib/domain/heatmap/matrix";
import { orderTopics } from "@/lib/domain/heatmap/order";
import { parseHeatmapState } from "@/lib/domain/heatmap/url";
import { buildHeatmapModel, PROVENANCE_TEXT } from "@/lib/domain/heatmap/model";
import { SCHEME_COLORS } from "@/lib/domain/chart-scheme";
import { ogImage } from "@/lib/og";

export const dynamic = "force-dynamic";

/** Preview of the heatmap as the link shows it, with the selected cell highlighted. */
export async function GET(request: Request) {
  const reader = catalogue();
  const [cooc, topics, themes, version] = await Promise.all([
    reader.cooccurrence(),
    reader.topics(),
    reader.themes(),
    reader.datasetVersion(),
  ]);
  const { state } = parseHeatmapState(new URL(request.url).searchParams, new Set(cooc.topics));
  const byslug = new Map(topics.map((t) => [t.slug, t]));
  const matrix = buildMatrix(
    cooc.topics.map((s) => ({
      slug: s,
      name: byslug.get(s)!.name,
      theme: byslug.get(s)!.theme,
      videoCount: byslug.get(s)!.videoCount,
    })),
    cooc.pairs,
  );
  const order = orderTopics(
    matrix,
    state.order,
    themes.map((t) => t.slug),
  );
  const n = order.length;
  const cell = Math.floor(430 / n);
  // Preview images are always drawn in the light scheme, from the page's own view model.
  const model = buildHeatmapModel(matrix, order, state.value, "light");
  const sel = state.cell
    ? [order.indexOf(matrix.index.get(state.cell[0])!), order.indexOf(matrix.index.get(state.cell[1])!)]
    : null;
  const detail = sel ? model.valueText(sel[0], sel[1]) : "";
  const kind = sel ? model.kind(sel[0], sel[1]) : null;
  return ogImage(
    <div style={{ display: "flex", width: "100%", gap: 40 }}>
      <div style={{ display: "flex", flexDirection: "column", width: cell * n, height: cell * n }}>
        {order.map((_, r) => (
          <div key={r} style={{ display: "flex" }}>
            {order.map((_, c) => {
              const bg = model.fill(r, c) ?? SCHEME_COLORS.light.missingFlat;
              const isSel = sel && sel[0] === r && sel[1] === c;
              return (
                <div
                  key={c}
                  style={{
                    width: cell,
                    height: cell,
                    background: bg,
                    border: isSel ? "4px solid #dc2626" : "1px solid #ffffff",
                  }}
                />
              );
            })}
          </div>
        ))}
      </div>
      <div style={{ display: "flex", flexDirection: "column", justifyContent: "center", flex: 1 }}>
        <div style={{ fontSize: 28, color: "#475569" }}>Which topics come up together</div>
        {sel ? (
          <div style={{ display: "flex", flexDirection: "column" }}>
            <div
              style={{ fontSize: 52, fontWeight: 700, marginTop: 12, lineHeight: 1.1 }}
            >{`${model.name(sel[0])} × ${model.name(sel[1])}`}</div>
            <div style={{ fontSize: 36, marginTop: 20 }}>
              {kind === "not_reported" ? "Not reported in the paper" : detail}
            </div>
            <div style={{ fontSize: 26, color: "#475569", marginTop: 12 }}>
              {kind === "reported" || kind === "computed"
                ? PROVENANCE_TEXT[kind].replace(/^./, (ch) => ch.toUpperCase())
                : ""}
            </div>
          </div>
        ) : (
          <div
            style={{ fontSize: 52, fontWeight: 700, marginTop: 12 }}
          >{`${n} topics · ${MEASURE_LABEL[state.value]}`}</div>
        )}
      </div>
    </div>,
    `Co-occurrence · dataset v${version.version}`,
  );
}
