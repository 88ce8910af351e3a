/**
 * The co-occurrence matrix and its values. Counts are symmetric; unknown cells stay
 * unknown (null) through every measure, and the diagonal is each topic's own video count.
 *   count       |A∩B|
 *   jaccard     |A∩B| / (|A| + |B| − |A∩B|)
 *   conditional P(B | A) = |A∩B| / |A|, with A the row and B the column
 * |A| and |B| are the topic counts the paper reports.
 */
import type { Provenance } from "../pairs";
import type { PairKind } from "../paper/pair-kind";

import type { Measure } from "./options";

export { MEASURES, type Measure } from "./options";

export interface MatrixTopic {
  slug: string;
  name: string;
  theme: string;
  videoCount: number;
}
export interface MatrixPair {
  a: string;
  b: string;
  count: number | null;
  provenance: Provenance;
  evidence: string | null;
  note?: string | null;
  /** The paper's group for a reported pair (Section IV-B). */
  kind?: PairKind | null;
  computedCount?: number | null;
}

export interface CooccurrenceMatrix {
  topics: MatrixTopic[];
  index: Map<string, number>;
  /** n×n joint counts, row-major; NaN where unknown. The diagonal holds topic counts. */
  counts: Float64Array;
  /** Pair behind cell (i, j), i ≠ j; the same object for (j, i). */
  pairs: Array<MatrixPair | undefined>;
}

export function buildMatrix(topics: readonly MatrixTopic[], pairs: readonly MatrixPair[]): CooccurrenceMatrix {
  const n = topics.length;
  const index = new Map(topics.map((t, i) => [t.slug, i]));
  const counts = new Float64Array(n * n).fill(NaN);
  const cellPairs: Array<MatrixPair | undefined> = new Array(n * n);
  topics.forEach((t, i) => (counts[i * n + i] = t.videoCount));
  for (const p of pairs) {
    const i = index.get(p.a);
    const j = index.get(p.b);
    if (i === undefined || j === undefined || i === j) continue;
    const c = p.count === null ? NaN : p.count;
    counts[i * n + j] = counts[j * n + i] = c;
    cellPairs[i * n + j] = cellPairs[j * n + i] = p;
  }
  return { topics: [...topics], index, counts, pairs: cellPairs };
}

export function jaccard(joint: number, a: number, b: number): number {
  const union = a + b - joint;
  return union > 0 ? joint / union : 0;
}

export function conditional(joint: number, given: number): number {
  return given > 0 ? joint / given : 0;
}

/**
 * True when the joint count exceeds one of the two topics' own counts: the source contradicts
 * itself, so shares built on those counts (Jaccard, P(column | row)) would be meaningless —
 * P(column | row) could pass 100%. The count itself is kept as printed.
 */
export function isImpossiblePair(m: CooccurrenceMatrix, row: number, col: number): boolean {
  if (row === col) return false;
  const joint = m.counts[row * m.topics.length + col];
  return !Number.isNaN(joint) && joint > Math.min(m.topics[row].videoCount, m.topics[col].videoCount);
}

/**
 * The value of cell (row, col) in a measure, or null when it is unknown (no count) or cannot
 * be computed (a share of an impossible pair, see isImpossiblePair). Shares stay within 0–1.
 */
export function cellValue(m: CooccurrenceMatrix, row: number, col: number, measure: Measure): number | null {
  const n = m.topics.length;
  const joint = m.counts[row * n + col];
  if (Number.isNaN(joint)) return null;
  if (measure === "count") return joint;
  if (row === col) return 1;
  if (isImpossiblePair(m, row, col)) return null;
  const a = m.topics[row].videoCount;
  const b = m.topics[col].videoCount;
  return measure === "jaccard" ? jaccard(joint, a, b) : conditional(joint, a);
}

/** The largest value over the off-diagonal cells (the colour scale's top); at least 1. */
export function maxOffDiagonal(m: CooccurrenceMatrix, measure: Measure): number {
  const n = m.topics.length;
  let max = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      const v = cellValue(m, i, j, measure);
      if (v !== null && v > max) max = v;
    }
  return measure === "count" ? Math.max(1, max) : Math.min(1, Math.max(max, 1e-9));
}

export function formatValue(value: number | null, measure: Measure): string {
  if (value === null) return "not reported";
  if (measure === "count") return String(value);
  return `${(value * 100).toFixed(1)}%`;
}

export const MEASURE_LABEL: Record<Measure, string> = {
  count: "Joint videos",
  jaccard: "Jaccard index",
  conditional: "P(column | row)",
};

/** Each measure in one sentence, shown where it is chosen. */
export const MEASURE_DEFINITION: Record<Measure, string> = {
  count: "Joint videos: how many of the analysed videos discuss both topics.",
  jaccard:
    "Jaccard index: the joint videos divided by the videos discussing either topic " +
    "(joint ÷ (row’s videos + column’s videos − joint)), from 0% (never together) to 100% (always together).",
  conditional:
    "P(column | row): the share of the row topic’s videos that also discuss the column topic " +
    "(joint videos ÷ the row topic’s videos).",
};
