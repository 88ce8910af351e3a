"use client";

import { useMemo, useState } from "react";
import {
  cellValue,
  formatValue,
  isImpossiblePair,
  MEASURE_LABEL,
  type CooccurrenceMatrix,
  type Measure,
} from "@/lib/domain/heatmap/matrix";

type Key = "pair" | "value" | "provenance";

/** Every unordered pair with its value and provenance, sortable: the matrix's table alternative. */
export function PairTable({
  matrix,
  measure,
  onSelect,
  selected,
}: {
  matrix: CooccurrenceMatrix;
  measure: Measure;
  onSelect: (a: string, b: string) => void;
  selected: [string, string] | null;
}) {
  const n = matrix.topics.length;
  const [sort, setSort] = useState<{ key: Key; dir: "ascending" | "descending" }>({ key: "value", dir: "descending" });
  const rows = useMemo(() => {
    const out: Array<{
      a: number;
      b: number;
      name: string;
      value: number | null;
      impossible: boolean;
      provenance: string;
      evidence: string | null;
    }> = [];
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        const p = matrix.pairs[i * n + j];
        out.push({
          a: i,
          b: j,
          name: `${matrix.topics[i].name} × ${matrix.topics[j].name}`,
          value: cellValue(matrix, i, j, measure),
          impossible: measure !== "count" && isImpossiblePair(matrix, i, j),
          provenance: p?.provenance ?? "not_reported",
          evidence: p?.evidence ?? null,
        });
      }
    const cmp = (r: (typeof out)[number], s: (typeof out)[number]) => {
      if (sort.key === "pair") return r.name.localeCompare(s.name);
      if (sort.key === "provenance") return r.provenance.localeCompare(s.provenance) || r.name.localeCompare(s.name);
      // Unknown values sort last in both directions: they are not small, they are missing.
      if (r.value === null || s.value === null) return r.value === null ? (s.value === null ? 0 : 1) : -1;
      return r.value - s.value;
    };
    return out.sort((r, s) => {
      const c = cmp(r, s);
      const unknownLast = sort.key === "value" && (r.value === null || s.value === null);
      return unknownLast ? c : sort.dir === "ascending" ? c : -c;
    });
  }, [matrix, measure, n, sort]);
  const toggle = (key: Key) =>
    setSort((s) =>
      s.key === key
        ? { key, dir: s.dir === "ascending" ? "descending" : "ascending" }
        : { key, dir: key === "value" ? "descending" : "ascending" },
    );
  const header = (key: Key, label: string, right = false) => (
    <th
      scope="col"
      aria-sort={sort.key === key ? sort.dir : undefined}
      className={`py-2 pr-3 font-medium ${right ? "text-right" : ""}`}
    >
      <button
        type="button"
        onClick={() => toggle(key)}
        className="inline-flex items-center gap-1 hover:text-slate-900 dark:hover:text-white"
      >
        {label} <span aria-hidden="true">{sort.key === key ? (sort.dir === "ascending" ? "▲" : "▼") : "↕"}</span>
      </button>
    </th>
  );
  return (
    <div className="max-h-[40rem] overflow-y-auto">
      <table className="w-full text-left text-sm" data-testid="pair-table">
        <caption className="sr-only">Every topic pair with its value and provenance. Column headers sort.</caption>
        <thead
          className={
            "sticky top-0 border-b border-slate-200 bg-white text-slate-600 " +
            "dark:border-slate-800 dark:bg-slate-950 dark:text-slate-400"
          }
        >
          <tr>
            {header("pair", "Pair")}
            {header("value", MEASURE_LABEL[measure], true)}
            {header("provenance", "Provenance")}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const a = matrix.topics[r.a].slug;
            const b = matrix.topics[r.b].slug;
            const isSel =
              selected !== null &&
              ((selected[0] === a && selected[1] === b) || (selected[0] === b && selected[1] === a));
            return (
              <tr
                key={`${a}|${b}`}
                aria-selected={isSel}
                className={
                  `border-b border-slate-100 dark:border-slate-800/70 ` + `${isSel ? "bg-sky-50 dark:bg-sky-950" : ""}`
                }
              >
                <th scope="row" className="py-1.5 pr-3 font-normal break-words">
                  <button
                    type="button"
                    onClick={() => onSelect(a, b)}
                    className="text-left text-sky-700 underline dark:text-sky-400"
                  >
                    {r.name}
                  </button>
                </th>
                <td className="py-1.5 pr-3 text-right tabular-nums">
                  {r.impossible ? (
                    <span title="The paper's joint count exceeds a topic's own count">not computable</span>
                  ) : r.value === null ? (
                    <span className="text-slate-600 dark:text-slate-400">—</span>
                  ) : (
                    formatValue(r.value, measure)
                  )}
                </td>
                <td className="py-1.5 pr-3">{r.provenance.replace("_", " ")}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
