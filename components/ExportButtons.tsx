"use client";

import { useState } from "react";

export type ExportKind = "svg" | "png" | "csv";

/**
 * The Export group of a chart: SVG, PNG and CSV buttons and the error of a failed download. The chart passes what a
 * click does (its own export actions, imported on the first click so that only the buttons ship with the page).
 */
export function ExportButtons({ onExport }: { onExport: (kind: ExportKind) => Promise<void> }) {
  const [error, setError] = useState<string | null>(null);
  const run = async (kind: ExportKind) => {
    setError(null);
    try {
      await onExport(kind);
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
