/**
 * What the heatmap explorer shows around the matrix, decided from the data, the view state and
 * the measured width: which of the ranked list and the matrix is shown and how wide it is drawn,
 * the theme bands, where the tooltip goes, the provenance counts under it. Pure: no React, no DOM.
 * The cells themselves are ./model.ts; the interactions ./interaction.ts.
 */
import { themeColor } from "../palette";
import { buildMatrix, type CooccurrenceMatrix, type MatrixPair } from "./matrix";
import { themeBands, type Ordering } from "./order";

/** Above this many topics the matrix is drawn on canvas (see `npm run bench:heatmap`). */
export const CANVAS_FROM = 60;
/** Below this width the matrix's cells would be under 24 px: a ranked list of pairs is shown first. */
export const NARROW_WIDTH = 600;
/**
 * The same rule as container queries, for the first paint before the width is measured. Tailwind
 * needs the literal: keep it equal to NARROW_WIDTH (tests/unit/heatmap-view.test.ts checks). Tailwind's
 * `@max-[600px]` is `width < 600px`, as `narrow` is. The explorer's root is the size container.
 */
export const NARROW_ONLY = "hidden @max-[600px]:block";
export const WIDE_ONLY = "@max-[600px]:hidden";

/** Width assumed before the first measurement, and the narrowest the matrix is laid out for. */
const UNMEASURED_WIDTH = 760;
const MIN_WIDTH = 300;

export interface HeatmapLayoutInput {
  /** The matrix column's measured width; null before the first measurement (the server render, the first paint). */
  measuredWidth: number | null;
  /** On a narrow screen the reader asked for the full matrix instead of the ranked list. */
  matrixOnNarrow: boolean;
  view: "matrix" | "table";
  topicCount: number;
}

export interface HeatmapLayout {
  /** Width the matrix is laid out for. */
  width: number;
  /** Measured below NARROW_WIDTH. */
  narrow: boolean;
  /** Not measured yet: the list and the matrix are both rendered and the container query shows one. */
  unmeasured: boolean;
  isTable: boolean;
  /** The ranked list stands in for the matrix (narrow, and the reader has not asked for the matrix). */
  showList: boolean;
  /** The ordering control, its explanation and the keyboard hint: only where the matrix is shown. */
  showMatrixControls: boolean;
  /** Class of the parts shown only with the matrix: wide-only until measured. */
  matrixOnlyClass: string;
  listSlot: { className: string; rendered: boolean };
  matrixSlot: { className: string; rendered: boolean };
  /**
   * The matrix's frame. Narrow: it pans inside its own border. Before the first measurement the page
   * width is unknown: the matrix scrolls inside its frame, so a phone's first paint never scrolls the page.
   */
  frameClass: string;
  useCanvas: boolean;
  /** SVG width (0 = as wide as its cells need, for the panning frame) and smallest cell. */
  svgWidth: number;
  minCell: number;
}

export function heatmapLayout({ measuredWidth, matrixOnNarrow, view, topicCount }: HeatmapLayoutInput): HeatmapLayout {
  const unmeasured = measuredWidth === null;
  const width = Math.max(MIN_WIDTH, measuredWidth ?? UNMEASURED_WIDTH);
  const narrow = measuredWidth !== null && measuredWidth < NARROW_WIDTH;
  const showList = narrow && !matrixOnNarrow;
  const isTable = view === "table";
  const matrixOnlyClass = unmeasured ? WIDE_ONLY : "";
  const frameClass = `relative ${
    narrow
      ? "hm-pan overflow-x-auto overscroll-x-contain rounded-md border border-slate-200 dark:border-slate-800"
      : unmeasured
        ? "overflow-x-auto"
        : ""
  }`;
  return {
    width,
    narrow,
    unmeasured,
    isTable,
    showList,
    showMatrixControls: !isTable && !showList,
    matrixOnlyClass,
    listSlot: { className: unmeasured ? NARROW_ONLY : "", rendered: unmeasured || showList },
    matrixSlot: { className: matrixOnlyClass, rendered: unmeasured || !showList },
    frameClass,
    useCanvas: topicCount >= CANVAS_FROM,
    svgWidth: narrow ? 0 : width,
    minCell: narrow ? 24 : 14,
  };
}

/** The matrix the explorer draws: the page's co-occurrence body with each topic's name, theme and count. */
export function explorerMatrix(
  data: { topics: readonly string[]; pairs: readonly MatrixPair[] },
  topics: ReadonlyArray<{ slug: string; name: string; theme: string; videoCount: number }>,
): CooccurrenceMatrix {
  const bySlug = new Map(topics.map((t) => [t.slug, t]));
  return buildMatrix(
    data.topics.map((s) => {
      const t = bySlug.get(s);
      return { slug: s, name: t?.name ?? s, theme: t?.theme ?? "", videoCount: t?.videoCount ?? 0 };
    }),
    data.pairs,
  );
}

export interface ColouredBand {
  theme: string;
  start: number;
  end: number;
  color: string;
}

/** The theme bands beside the matrix, in the theme's colour; none unless ordered by theme. */
export function colouredBands(
  matrix: CooccurrenceMatrix,
  order: readonly number[],
  ordering: Ordering,
  themes: ReadonlyArray<{ slug: string; position: number }>,
): ColouredBand[] {
  if (ordering !== "theme") return [];
  return themeBands(matrix, order).map((b) => ({
    ...b,
    color: themeColor(themes.find((t) => t.slug === b.theme)?.position ?? 1),
  }));
}

/** The tooltip beside the pointer, kept inside the matrix's width. */
export function tooltipPosition(hover: { x: number; y: number }, width: number): { left: number; top: number } {
  return { left: Math.min(hover.x + 12, width - 220), top: hover.y + 14 };
}

/** How many pairs the paper reports and how many were computed from assignments. */
export function provenanceCounts(pairs: ReadonlyArray<{ provenance: string }>): { reported: number; computed: number } {
  let reported = 0;
  let computed = 0;
  for (const p of pairs) {
    if (p.provenance === "reported") reported++;
    else if (p.provenance === "computed") computed++;
  }
  return { reported, computed };
}
