"use client";

import type { RefObject } from "react";
import type { CooccurrenceMatrix } from "@/lib/domain/heatmap/matrix";
import type { HeatmapState } from "@/lib/domain/heatmap/url";
import { ExportButtons } from "../ExportButtons";

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
  return (
    <ExportButtons
      onExport={async (kind) => {
        const actions = await import("./heatmap-export-actions");
        const input = { host: host.current, matrix, order, state, themes, datasetVersion };
        if (kind === "csv") actions.exportHeatmapCsv(input);
        else await actions.exportHeatmapImage(kind, input);
      }}
    />
  );
}
