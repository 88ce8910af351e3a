import { catalogue } from "@/lib/data";
import { buildMatrix, cellValue, formatValue, maxOffDiagonal, MEASURE_LABEL } from "@/lib/domain/heatmap/matrix";
import { orderTopics } from "@/lib/domain/heatmap/order";
import { parseHeatmapState } from "@/lib/domain/heatmap/url";
import { DIAGONAL_FILL, heatColor } from "@/lib/domain/heatmap/color";
import { ogImage } from "@/lib/og";

export const dynamic = "force-dynamic";

/** Preview of the heatmap as the link shows it, with the selected cell highlighted. */
export async function GET(request: Request) {
  const reader = catalogue();
  const [cooc, topics, themes, version] = await Promise.all([reader.cooccurrence(), reader.topics(), reader.themes(), reader.datasetVersion()]);
  const { state } = parseHeatmapState(new URL(request.url).searchParams, new Set(cooc.topics));
  const byslug = new Map(topics.map((t) => [t.slug, t]));
  const matrix = buildMatrix(cooc.topics.map((s) => ({ slug: s, name: byslug.get(s)!.name, theme: byslug.get(s)!.theme, videoCount: byslug.get(s)!.videoCount })), cooc.pairs);
  const order = orderTopics(matrix, state.order, themes.map((t) => t.slug));
  const n = order.length;
  const cell = Math.floor(430 / n);
  const max = maxOffDiagonal(matrix, state.value);
  const sel = state.cell ? [matrix.index.get(state.cell[0])!, matrix.index.get(state.cell[1])!] : null;
  const pair = sel && sel[0] !== sel[1] ? matrix.pairs[sel[0] * n + sel[1]] : undefined;
  const value = sel ? cellValue(matrix, sel[0], sel[1], state.value) : null;
  return ogImage(
    <div style={{ display: "flex", width: "100%", gap: 40 }}>
      <div style={{ display: "flex", flexDirection: "column", width: cell * n, height: cell * n }}>
        {order.map((r) => (
          <div key={r} style={{ display: "flex" }}>
            {order.map((c) => {
              const v = cellValue(matrix, r, c, state.value);
              const bg = r === c ? DIAGONAL_FILL : v === null ? "#f1f5f9" : heatColor(v, max);
              const isSel = sel && sel[0] === r && sel[1] === c;
              return <div key={c} style={{ width: cell, height: cell, background: bg, border: isSel ? "4px solid #dc2626" : "1px solid #ffffff" }} />;
            })}
          </div>
        ))}
      </div>
      <div style={{ display: "flex", flexDirection: "column", justifyContent: "center", flex: 1 }}>
        <div style={{ fontSize: 28, color: "#475569" }}>Which topics come up together</div>
        {sel ? (
          <div style={{ display: "flex", flexDirection: "column" }}>
            <div style={{ fontSize: 52, fontWeight: 700, marginTop: 12, lineHeight: 1.1 }}>{`${matrix.topics[sel[0]].name} × ${matrix.topics[sel[1]].name}`}</div>
            <div style={{ fontSize: 40, marginTop: 20 }}>{value === null ? "Not reported in the paper" : `${MEASURE_LABEL[state.value]}: ${formatValue(value, state.value)}`}</div>
            <div style={{ fontSize: 26, color: "#475569", marginTop: 12 }}>{pair?.provenance === "reported" ? "Reported in the paper" : pair?.provenance === "computed" ? "Computed from assignments" : ""}</div>
          </div>
        ) : (
          <div style={{ fontSize: 52, fontWeight: 700, marginTop: 12 }}>{`${n} topics · ${MEASURE_LABEL[state.value]}`}</div>
        )}
      </div>
    </div>,
    `Co-occurrence · dataset v${version.version}`,
  );
}
