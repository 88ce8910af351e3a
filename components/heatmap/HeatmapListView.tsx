import type { CooccurrenceMatrix, Measure } from "@/lib/domain/heatmap/matrix";
import { RankedPairs } from "./RankedPairs";

/** The heatmap on a narrow screen: the ranked pairs, and a way to the full matrix. */
export function HeatmapListView({
  matrix,
  measure,
  selected,
  onSelect,
  onShowMatrix,
}: {
  matrix: CooccurrenceMatrix;
  measure: Measure;
  selected: [string, string] | null;
  onSelect: (a: string, b: string) => void;
  onShowMatrix: () => void;
}) {
  const n = matrix.topics.length;
  return (
    <>
      <RankedPairs matrix={matrix} measure={measure} selected={selected} onSelect={onSelect} />
      <button
        type="button"
        onClick={onShowMatrix}
        className={
          "mt-3 min-h-11 w-full rounded-md border border-slate-300 px-3 py-2 " +
          "text-sm hover:bg-slate-100 dark:border-slate-700 " +
          "dark:hover:bg-slate-800"
        }
      >
        Show the full {n} × {n} matrix
      </button>
    </>
  );
}
