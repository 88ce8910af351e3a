"use client";

import { useState, type RefObject } from "react";
import { downloadBlob, renderSvgMarkup, svgSize, svgToPng } from "@/lib/export";
import { toCsv } from "@/lib/domain/csv";
import { csvMetaHeader, heatmapFigureMeta } from "@/lib/domain/figure";
import { buildHeatmapModel } from "@/lib/domain/heatmap/model";
import { cellValue, formatValue, isImpossiblePair, type CooccurrenceMatrix } from "@/lib/domain/heatmap/matrix";
import type { HeatmapState } from "@/lib/domain/heatmap/url";
import { HeatmapFigure } from "./HeatmapFigure";

/** SVG/PNG of the matrix as a self-describing figure (light, whatever the page's mode); CSV of every pair. */
export function HeatmapExport({
  host,
  matrix,
  order,
  state,
  themes,
  datasetVersion,
}: {
  host: RefObject<HTMLDivElement | null>;
  matrix: CooccurrenceMatrix;
  order: readonly number[];
  state: HeatmapState;
  themes: ReadonlyArray<{ slug: string; name: string; position: number }>;
  datasetVersion: string;
}) {
  const [error, setError] = useState<string | null>(null);
  const base = `llm-knowledge-map-cooccurrence-${state.value}`;
  const url = () => window.location.href;
  const image = async (kind: "svg" | "png") => {
    setError(null);
    const canvas = host.current?.querySelector<HTMLCanvasElement>("canvas");
    if (kind === "png" && canvas) return canvas.toBlob((b) => b && downloadBlob(b, `${base}.png`));
    const text = renderSvgMarkup(
      <HeatmapFigure
        matrix={matrix}
        order={order}
        state={state}
        themes={themes}
        datasetVersion={datasetVersion}
        url={url()}
      />,
    );
    if (kind === "svg") return downloadBlob(new Blob([text], { type: "image/svg+xml" }), `${base}.svg`);
    try {
      const { width, height } = svgSize(text);
      downloadBlob(await svgToPng(text, width, height), `${base}.png`);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const csv = () => {
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
      heatmapFigureMeta({ order: state.order, measure, selection, datasetVersion, url: url() }),
    );
    const body = toCsv(
      ["topic_a", "topic_b", "joint_videos", `value_${measure}`, "provenance", "evidence", "note", "paper_group"],
      rows,
    );
    downloadBlob(new Blob([header + body], { type: "text/csv;charset=utf-8" }), `${base}.csv`);
  };
  const btn =
    "min-h-9 rounded-md border border-slate-300 px-2.5 py-1.5 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800";
  return (
    <div role="group" aria-label="Export" className="flex items-center gap-1">
      <span className="px-1 text-slate-600 dark:text-slate-400">Export</span>
      <button type="button" className={btn} onClick={() => image("svg")}>
        SVG
      </button>
      <button type="button" className={btn} onClick={() => image("png")}>
        PNG
      </button>
      <button type="button" className={btn} onClick={csv}>
        CSV
      </button>
      {error && (
        <span role="alert" className="text-xs text-red-700 dark:text-red-400">
          {error}
        </span>
      )}
    </div>
  );
}
