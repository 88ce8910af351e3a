"use client";

import { useState, type RefObject } from "react";
import { downloadBlob, standaloneSvg, svgToPng } from "@/lib/export";
import { toCsv } from "@/lib/domain/csv";
import { formatValue, type Measure } from "@/lib/domain/heatmap/matrix";
import type { HeatmapState } from "@/lib/domain/heatmap/url";
import type { HeatmapModel } from "./HeatmapExplorer";

/** SVG/PNG of the matrix as shown; CSV of every pair with value and provenance. */
export function HeatmapExport({ host, model, state }: { host: RefObject<HTMLDivElement | null>; model: HeatmapModel; state: HeatmapState }) {
  const [error, setError] = useState<string | null>(null);
  const base = `llm-knowledge-map-cooccurrence-${state.value}`;
  const image = async (kind: "svg" | "png") => {
    const svg = host.current?.querySelector("svg");
    const canvas = host.current?.querySelector<HTMLCanvasElement>("canvas");
    if (kind === "png" && canvas && !svg) return canvas.toBlob((b) => b && downloadBlob(b, `${base}.png`));
    if (!svg) return setError(state.view === "table" ? "Switch to the matrix to export an image." : "SVG export is available for matrices drawn as SVG.");
    const text = standaloneSvg(svg);
    if (kind === "svg") return downloadBlob(new Blob([text], { type: "image/svg+xml" }), `${base}.svg`);
    const { width, height } = svg.getBoundingClientRect();
    try {
      downloadBlob(await svgToPng(text, width, height), `${base}.png`);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const csv = () => {
    const { matrix } = model;
    const n = matrix.topics.length;
    const rows: Array<Array<string | number | null>> = [];
    const measure: Measure = state.value;
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        const p = matrix.pairs[i * n + j];
        const ri = model.order.indexOf(i);
        const ci = model.order.indexOf(j);
        const v = model.value(ri, ci);
        rows.push([matrix.topics[i].slug, matrix.topics[j].slug, p?.count ?? null, measure === "count" ? (v ?? null) : v === null ? null : formatValue(v, measure), p?.provenance ?? "not_reported", p?.evidence ?? null, p?.note ?? null]);
      }
    downloadBlob(new Blob([toCsv(["topic_a", "topic_b", "joint_videos", `value_${measure}`, "provenance", "evidence", "note"], rows)], { type: "text/csv;charset=utf-8" }), `${base}.csv`);
  };
  const btn = "rounded-md border border-slate-300 px-2.5 py-1.5 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800";
  return (
    <div role="group" aria-label="Export" className="flex items-center gap-1">
      <span className="px-1 text-slate-600 dark:text-slate-400">Export</span>
      <button type="button" className={btn} onClick={() => image("svg")}>SVG</button>
      <button type="button" className={btn} onClick={() => image("png")}>PNG</button>
      <button type="button" className={btn} onClick={csv}>CSV</button>
      {error && <span role="alert" className="text-xs text-red-700 dark:text-red-400">{error}</span>}
    </div>
  );
}
