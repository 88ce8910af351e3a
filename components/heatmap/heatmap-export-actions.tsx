/**
 * The heatmap's downloads, imported on the first click of an export button (see HeatmapExport):
 * the figure components, the figure metadata, CSV and the off-page renderer stay out of the
 * page's first load.
 */
import { downloadBlob, renderSvgMarkup, svgSize, svgToPng } from "@/lib/export";
import { toCsv } from "@/lib/domain/csv";
import { csvMetaHeader, heatmapFigureMeta } from "@/lib/domain/figure";
import { buildHeatmapModel } from "@/lib/domain/heatmap/model";
import { cellValue, formatValue, isImpossiblePair, type CooccurrenceMatrix } from "@/lib/domain/heatmap/matrix";
import type { HeatmapState } from "@/lib/domain/heatmap/url";
import { HeatmapFigure } from "./HeatmapFigure";

export interface HeatmapExportInput {
  /** The matrix's host element: a canvas inside it is exported as drawn. */
  host: HTMLDivElement | null;
  matrix: CooccurrenceMatrix;
  order: readonly number[];
  state: HeatmapState;
  themes: ReadonlyArray<{ slug: string; name: string; position: number }>;
  datasetVersion: string;
}

export const exportBaseName = (state: HeatmapState) => `llm-knowledge-map-cooccurrence-${state.value}`;

/** SVG or PNG of the matrix as a self-describing figure (light, whatever the page's mode). */
export async function exportHeatmapImage(kind: "svg" | "png", input: HeatmapExportInput): Promise<void> {
  const { host, matrix, order, state, themes, datasetVersion } = input;
  const base = exportBaseName(state);
  const canvas = host?.querySelector<HTMLCanvasElement>("canvas");
  if (kind === "png" && canvas) return canvas.toBlob((b) => b && downloadBlob(b, `${base}.png`));
  const text = renderSvgMarkup(
    <HeatmapFigure
      matrix={matrix}
      order={order}
      state={state}
      themes={themes}
      datasetVersion={datasetVersion}
      url={window.location.href}
    />,
  );
  if (kind === "svg") return downloadBlob(new Blob([text], { type: "image/svg+xml" }), `${base}.svg`);
  const { width, height } = svgSize(text);
  downloadBlob(await svgToPng(text, width, height), `${base}.png`);
}

/** CSV of every pair, with the figure's metadata as leading comment lines. */
export function exportHeatmapCsv({ matrix, order, state, datasetVersion }: HeatmapExportInput): void {
  const n = matrix.topics.length;
  const rows: Array<Array<string | number | null>> = [];
  const measure = state.value;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const p = matrix.pairs[i * n + j];
      const v = cellValue(matrix, i, j, measure);
      const impossible = measure !== "count" && isImpossiblePair(matrix, i, j);
      rows.push([
        matrix.topics[i].slug,
        matrix.topics[j].slug,
        p?.count ?? null,
        impossible ? "not computable" : measure === "count" ? v : v === null ? null : formatValue(v, measure),
        p?.provenance ?? "not_reported",
        p?.evidence ?? null,
        p?.note ?? null,
        p?.kind ?? null,
      ]);
    }
  const model = buildHeatmapModel(matrix, order, measure);
  const sel = state.cell
    ? [order.indexOf(matrix.index.get(state.cell[0])!), order.indexOf(matrix.index.get(state.cell[1])!)]
    : null;
  const selection = sel
    ? { a: model.name(sel[0]), b: model.name(sel[1]), value: model.valueText(sel[0], sel[1]) }
    : null;
  const header = csvMetaHeader(
    heatmapFigureMeta({ order: state.order, measure, selection, datasetVersion, url: window.location.href }),
  );
  const body = toCsv(
    ["topic_a", "topic_b", "joint_videos", `value_${measure}`, "provenance", "evidence", "note", "paper_group"],
    rows,
  );
  downloadBlob(new Blob([header + body], { type: "text/csv;charset=utf-8" }), `${exportBaseName(state)}.csv`);
}
