"use client";

import { useState, type RefObject } from "react";
import type { CooccurrenceMatrix } from "@/lib/domain/heatmap/matrix";
import type { HeatmapState } from "@/lib/domain/heatmap/url";

/**
 * SVG/PNG of the matrix as a self-describing figure (light, whatever the page's mode); CSV of every pair.
 * Only the buttons ship with the page: what draws and writes the files is imported on the first click.
 */
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
  const run = async (kind: "svg" | "png" | "csv") => {
    setError(null);
    try {
      const actions = await import("./heatmap-export-actions");
      const input = { host: host.current, matrix, order, state, themes, datasetVersion };
      if (kind === "csv") actions.exportHeatmapCsv(input);
      else await actions.exportHeatmapImage(kind, input);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const btn =
    "min-h-9 rounded-md border border-slate-300 px-2.5 py-1.5 " +
    "hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800";
  return (
    <div role="group" aria-label="Export" className="flex items-center gap-1">
      <span className="px-1 text-slate-600 dark:text-slate-400">Export</span>
      <button type="button" className={btn} onClick={() => run("svg")}>
        SVG
      </button>
      <button type="button" className={btn} onClick={() => run("png")}>
        PNG
      </button>
      <button type="button" className={btn} onClick={() => run("csv")}>
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
