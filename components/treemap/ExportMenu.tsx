"use client";

import type { TreemapState } from "@/lib/domain/treemap/url";
import type { Phase } from "@/lib/schemas/api";
import type { TreemapTheme, TreemapTopic } from "@/lib/domain/treemap/explorer-input";
import { ExportButtons } from "../ExportButtons";

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
  return (
    <ExportButtons
      onExport={async (kind) => {
        const { exportTreemap } = await import("./treemap-export-actions");
        await exportTreemap(kind, { state, themes, topics, phases, datasetVersion });
      }}
    />
  );
}
