"use client";

import { useMemo } from "react";
import { formatValue, MEASURE_LABEL, type CooccurrenceMatrix, type Measure } from "@/lib/domain/heatmap/matrix";
import { impossibleReason, PROVENANCE_TEXT, rankedPairs } from "@/lib/domain/heatmap/model";

/**
 * The heatmap on a narrow screen: pairs ranked by value, each a full-width target, with a bar
 * for the value. Pairs without a value are counted, not listed one by one.
 */
export function RankedPairs({
  matrix,
  measure,
  selected,
  onSelect,
}: {
  matrix: CooccurrenceMatrix;
  measure: Measure;
  selected: [string, string] | null;
  onSelect: (a: string, b: string) => void;
}) {
  const ranked = useMemo(() => rankedPairs(matrix, measure), [matrix, measure]);
  const known = ranked.filter((p) => p.value !== null || p.impossible);
  const unknown = ranked.length - known.length;
  const max = Math.max(...known.map((p) => p.value ?? 0), 1e-9);
  return (
    <div data-testid="ranked-pairs">
      <h2 className="text-sm font-semibold">Pairs ranked by {MEASURE_LABEL[measure].toLowerCase()}</h2>
      <ol className="mt-2 divide-y divide-slate-200 dark:divide-slate-800">
        {known.map((p) => {
          const a = matrix.topics[p.a];
          const b = matrix.topics[p.b];
          const isSel =
            selected !== null &&
            ((selected[0] === a.slug && selected[1] === b.slug) || (selected[0] === b.slug && selected[1] === a.slug));
          return (
            <li key={`${a.slug}|${b.slug}`}>
              <button
                type="button"
                aria-pressed={isSel}
                onClick={() => onSelect(a.slug, b.slug)}
                className={
                  `flex min-h-11 w-full flex-col gap-1 px-2 py-2 text-left text-sm ` +
                  `${isSel ? "bg-sky-50 dark:bg-sky-950" : "hover:bg-slate-50 dark:hover:bg-slate-900"}`
                }
              >
                <span className="flex w-full items-baseline justify-between gap-3">
                  <span>
                    {a.name} × {b.name}
                  </span>
                  <strong className="shrink-0 tabular-nums">
                    {p.impossible ? "—" : formatValue(p.value, measure)}
                  </strong>
                </span>
                {!p.impossible && (
                  <span
                    aria-hidden="true"
                    className="block h-1.5 rounded-full bg-sky-700 dark:bg-sky-300"
                    style={{ width: `${Math.max(2, ((p.value ?? 0) / max) * 100)}%` }}
                  />
                )}
                <span className="text-xs text-slate-600 dark:text-slate-400">
                  {PROVENANCE_TEXT[p.kind]}
                  {p.impossible ? ` · ${impossibleReason(matrix, p.a, p.b)}` : ""}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      {unknown > 0 && (
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
          {unknown} more pairs are not reported in the paper’s text (shown hatched in the matrix, never as 0).
        </p>
      )}
    </div>
  );
}
