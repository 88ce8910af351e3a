"use client";

import { useState } from "react";
import type { TreemapState } from "@/lib/domain/treemap/url";
import type { Phase } from "@/lib/schemas/api";
import type { TreemapTheme, TreemapTopic } from "@/lib/domain/treemap/explorer-input";

/**
 * Downloads of the current view as a self-describing figure (SVG, PNG, light) and of the data behind it (CSV).
 * Only the buttons ship with the page: what draws and writes the files is imported on the first click.
 */
export function ExportMenu({
  state,
  themes,
  topics,
  phases,
  datasetVersion,
}: {
  state: TreemapState;
  themes: TreemapTheme[];
  topics: TreemapTopic[];
  phases: Phase[];
  datasetVersion: string;
}) {
  const [error, setError] = useState<string | null>(null);
  const run = async (kind: "svg" | "png" | "csv") => {
    setError(null);
    try {
      const { exportTreemap } = await import("./treemap-export-actions");
      await exportTreemap(kind, { state, themes, topics, phases, datasetVersion });
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
