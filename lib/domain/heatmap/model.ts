/**
 * The heatmap's view model: everything the page, the exports and the preview image show about
 * a cell — fill, text and its colour, provenance text, the tooltip / accessible name — and the
 * matrix geometry. Pure: no React, no DOM. Positions (r, c) are in display order.
 */
import { estimateTextWidth, fitText } from "../label-fit";
import { SCHEME_COLORS, heatColor, type ChartScheme } from "../chart-scheme";
import { textColorOn } from "../color";
import { PAIR_KIND } from "../paper/pair-kind";
import {
  cellValue,
  formatValue,
  isImpossiblePair,
  maxOffDiagonal,
  MEASURE_LABEL,
  type CooccurrenceMatrix,
  type MatrixPair,
  type Measure,
} from "./matrix";

export type CellKind = "diagonal" | "reported" | "computed" | "not_reported";

export interface HeatmapModel {
  matrix: CooccurrenceMatrix;
  order: readonly number[];
  measure: Measure;
  scheme: ChartScheme;
  max: number;
  name: (pos: number) => string;
  pair: (r: number, c: number) => MatrixPair | undefined;
  kind: (r: number, c: number) => CellKind;
  /** The share cannot be computed: the source's count exceeds a topic's own count. */
  impossible: (r: number, c: number) => boolean;
  value: (r: number, c: number) => number | null;
  /** Fill per (row position, column position); null = not reported or not computable (hatched). */
  fill: (r: number, c: number) => string | null;
  /** Text for the cell ("" when there is none to show). */
  label: (r: number, c: number) => string;
  textColor: (r: number, c: number) => string;
  /** The value in words: "Joint videos 21", "no count", "P(column | row) not computable: …", "72 videos". */
  valueText: (r: number, c: number) => string;
  /** One sentence: both topics, the value, where it comes from (tooltip and accessible name). */
  describe: (r: number, c: number) => string;
}

export const PROVENANCE_TEXT: Record<CellKind, string> = {
  diagonal: "the topic itself",
  reported: "reported in the paper",
  computed: "computed from assignments",
  not_reported: "not reported",
};

/** Long form for the details panel. */
export const PROVENANCE_LONG: Record<Exclude<CellKind, "diagonal">, string> = {
  reported: "reported in the paper",
  computed: "computed from stored video→topic assignments",
  not_reported: "not reported",
};

/** Why a share is not shown for an impossible pair. */
export function impossibleReason(m: CooccurrenceMatrix, row: number, col: number): string {
  const n = m.topics.length;
  const joint = m.counts[row * n + col];
  const smaller = m.topics[row].videoCount <= m.topics[col].videoCount ? m.topics[row] : m.topics[col];
  return `not computable: the paper reports ${joint} joint videos, but ${smaller.name} has only ${smaller.videoCount}`;
}

export function buildHeatmapModel(
  matrix: CooccurrenceMatrix,
  order: readonly number[],
  measure: Measure,
  scheme: ChartScheme = "light",
): HeatmapModel {
  const n = matrix.topics.length;
  const colors = SCHEME_COLORS[scheme];
  const max = maxOffDiagonal(matrix, measure);
  const name = (pos: number) => matrix.topics[order[pos]].name;
  const pair = (r: number, c: number) => (r === c ? undefined : matrix.pairs[order[r] * n + order[c]]);
  const kind = (r: number, c: number): CellKind => (r === c ? "diagonal" : (pair(r, c)?.provenance ?? "not_reported"));
  const impossible = (r: number, c: number) => measure !== "count" && isImpossiblePair(matrix, order[r], order[c]);
  const value = (r: number, c: number) => cellValue(matrix, order[r], order[c], measure);
  const fill = (r: number, c: number) => {
    if (r === c) return colors.diagonalFill;
    const v = value(r, c);
    return v === null ? null : heatColor(v, max, scheme);
  };
  const label = (r: number, c: number) => {
    if (r === c) return String(matrix.topics[order[r]].videoCount);
    const v = value(r, c);
    return v === null ? "" : formatValue(v, measure);
  };
  const textColor = (r: number, c: number) => textColorOn(fill(r, c) ?? colors.missingFill);
  const valueText = (r: number, c: number) => {
    if (r === c) return `${matrix.topics[order[r]].videoCount} videos`;
    const v = value(r, c);
    if (impossible(r, c)) return `${MEASURE_LABEL[measure]} ${impossibleReason(matrix, order[r], order[c])}`;
    return v === null ? "no count" : `${MEASURE_LABEL[measure]} ${formatValue(v, measure)}`;
  };
  const describe = (r: number, c: number) => {
    const a = matrix.topics[order[r]];
    const b = matrix.topics[order[c]];
    if (r === c) return `${a.name}: ${a.videoCount} videos (the topic itself)`;
    const p = pair(r, c);
    const group = p?.kind ? ` (${PAIR_KIND[p.kind].label.toLowerCase()})` : "";
    const inconsistent = p?.note ? " (inconsistent in the source)" : "";
    return `${a.name} × ${b.name}: ${valueText(r, c)} — ${PROVENANCE_TEXT[kind(r, c)]}${group}${inconsistent}`;
  };
  return {
    matrix,
    order,
    measure,
    scheme,
    max,
    name,
    pair,
    kind,
    impossible,
    value,
    fill,
    label,
    textColor,
    valueText,
    describe,
  };
}

export const LABEL_FONT_SIZE = 11;
/** Column labels lean right at −60°. */
const COS60 = 0.5;
const SIN60 = Math.sqrt(3) / 2;

export interface HeatmapGeometry {
  /** Width reserved for row labels. */
  label: number;
  /** Height of the leaning column labels (what the longest needs). */
  top: number;
  cell: number;
  band: number;
  /** Left/top edge of the first cell. */
  x0: number;
  y0: number;
  width: number;
  height: number;
  rowLabels: string[];
  columnLabels: string[];
  cellFontSize: number;
}

/**
 * Square cells between `minCell` and 40 px; labels fitted to the room they have. The width
 * beyond the last column is what the last, leaning column label really needs (estimated from
 * its text), so no label is ever cut off at the edge.
 */
export function heatmapGeometry(
  names: readonly string[],
  width: number,
  opts: { minCell?: number } = {},
): HeatmapGeometry {
  const n = names.length;
  const minCell = opts.minCell ?? 14;
  const label = Math.round(Math.min(180, Math.max(96, width * 0.26)));
  const gap = 12;
  const rowLabels = names.map((s) => fitText(s, label - 6, LABEL_FONT_SIZE));
  const columnLabels = names.map((s) => fitText(s, label / SIN60 - 4, LABEL_FONT_SIZE));
  const overhangOf = (cell: number) =>
    Math.ceil(
      Math.max(
        0,
        ...columnLabels.map(
          (t, c) => estimateTextWidth(t, LABEL_FONT_SIZE) * COS60 + 4 - (n - 1 - c) * cell - cell / 2,
        ),
      ),
    );
  // First guess with the widest overhang, then settle the cell size against the real one.
  let cell = Math.max(minCell, Math.min(40, Math.floor((width - label - gap - overhangOf(0)) / Math.max(1, n))));
  const bigger = Math.max(minCell, Math.min(40, Math.floor((width - label - gap - overhangOf(cell)) / Math.max(1, n))));
  if (bigger > cell && label + gap + bigger * n + overhangOf(bigger) <= width) cell = bigger;
  const overhang = Math.max(4, overhangOf(cell));
  const top = Math.ceil(Math.max(40, ...columnLabels.map((t) => estimateTextWidth(t, LABEL_FONT_SIZE) * SIN60 + 6)));
  return {
    label,
    top,
    cell,
    band: 6,
    x0: label + gap,
    y0: top + gap,
    width: label + gap + cell * n + overhang,
    height: top + gap + cell * n,
    rowLabels,
    columnLabels,
    cellFontSize: cell >= 26 ? 11 : 9,
  };
}

/** Whether a cell's number is drawn: only when it fits (percentages need wider cells). */
export function showsCellText(model: HeatmapModel, g: HeatmapGeometry, r: number, c: number): boolean {
  if (model.fill(r, c) === null) return false;
  return g.cell >= 22 && (model.measure === "count" || g.cell >= 34 || r === c);
}

/** The text drawn in a cell: percentages without the % sign (the legend says it). */
export function cellText(model: HeatmapModel, r: number, c: number): string {
  const label = model.label(r, c);
  return model.measure === "count" || r === c ? label : label.replace("%", "");
}

export interface RankedPair {
  a: number;
  b: number;
  value: number | null;
  kind: CellKind;
  impossible: boolean;
}

/**
 * Every unordered pair ranked by value (highest first; unknown and not computable last, by
 * name): the narrow-screen alternative to the matrix. Uses topic indices, not positions.
 */
export function rankedPairs(matrix: CooccurrenceMatrix, measure: Measure): RankedPair[] {
  const n = matrix.topics.length;
  const out: RankedPair[] = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      // P(column | row) is asymmetric: rank the larger direction, row = the smaller topic.
      const [a, b] =
        measure === "conditional" && matrix.topics[j].videoCount < matrix.topics[i].videoCount ? [j, i] : [i, j];
      out.push({
        a,
        b,
        value: cellValue(matrix, a, b, measure),
        kind: matrix.pairs[a * n + b]?.provenance ?? "not_reported",
        impossible: measure !== "count" && isImpossiblePair(matrix, a, b),
      });
    }
  const name = (p: RankedPair) => `${matrix.topics[p.a].name} × ${matrix.topics[p.b].name}`;
  return out.sort((p, q) => {
    if (p.value === null || q.value === null)
      return p.value === null ? (q.value === null ? name(p).localeCompare(name(q)) : 1) : -1;
    return q.value - p.value || name(p).localeCompare(name(q));
  });
}
