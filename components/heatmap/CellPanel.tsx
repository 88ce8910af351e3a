"use client";

import dynamic from "next/dynamic";
import type { CooccurrenceMatrix, Measure } from "@/lib/domain/heatmap/matrix";

// The details (and with them TanStack Query and the API client) load with the first selection; a shared
// link that names a cell renders them on the server, so their code comes with that page.
const CellDetails = dynamic(() => import("./CellDetails").then((m) => m.CellDetails), {
  loading: () => (
    <aside aria-label="Cell details" className="rounded-xl border border-slate-200 p-5 dark:border-slate-800">
      <p className="text-sm text-slate-500">Loading…</p>
    </aside>
  ),
});

/** The selected cell's details, or what to do when nothing is selected. */
export function CellPanel({
  cell,
  matrix,
  measure,
  basePath = null,
  datasetVersion = "",
  onClose,
}: {
  cell: [string, string] | null;
  matrix: CooccurrenceMatrix;
  measure: Measure;
  /** Where the cell's citation files are (/cooccurrence or /v/<version>/cooccurrence); none offers no Cite box. */
  basePath?: string | null;
  datasetVersion?: string;
  onClose: () => void;
}) {
  if (!cell || !matrix.index.has(cell[0]) || !matrix.index.has(cell[1])) {
    return (
      <aside
        aria-label="Cell details"
        className={
          "rounded-xl border border-dashed border-slate-300 p-5 text-sm " +
          "text-slate-600 dark:border-slate-700 dark:text-slate-400"
        }
      >
        <p className="font-medium text-slate-800 dark:text-slate-200">Select a cell</p>
        <p className="mt-1">
          Click a cell (or use the arrow keys and Enter) to see how often the two topics come up together, how we know,
          and what practitioners said about each.
        </p>
      </aside>
    );
  }
  return (
    <CellDetails
      cell={cell}
      matrix={matrix}
      measure={measure}
      basePath={basePath}
      datasetVersion={datasetVersion}
      onClose={onClose}
    />
  );
}
