/**
 * One colour rule for the charts in light and dark: the page draws with the reader's scheme,
 * exports and preview images always with "light" (a PNG pasted into a slide must read on white
 * whatever the page looked like). Everything that draws a chart asks here, so a colour is
 * decided once.
 *
 * Heatmap: ColorBrewer YlGnBu (sequential, colour-blind safe). On white the strongest pairs are
 * the darkest; on a dark page the scale runs the other way (deep blue → pale yellow), so the
 * strongest evidence is still the most salient. Cells the paper does not report are quiet in
 * both schemes: a faint hatch close to the page colour, never a colour on the scale.
 */
import { textColorOn } from "./color";
import { phaseColor } from "./color";
import { themeColor } from "./palette";

export type ChartScheme = "light" | "dark";
export const CHART_SCHEMES: readonly ChartScheme[] = ["light", "dark"];

export interface SchemeColors {
  /** Page behind the chart (exports paint it). */
  background: string;
  text: string;
  mutedText: string;
  /** Gaps between treemap tiles. */
  gap: string;
  /** Not-reported heatmap cells: ground and hatch line. */
  missingFill: string;
  missingHatch: string;
  /** A flat stand-in for the hatch where a pattern cannot be drawn (preview images). */
  missingFlat: string;
  diagonalFill: string;
  /** The selected cell's outline, the inconsistent pair's dashed outline. */
  selection: string;
  inconsistent: string;
  focus: string;
}

export const SCHEME_COLORS: Record<ChartScheme, SchemeColors> = {
  light: {
    background: "#ffffff",
    text: "#1e293b",
    mutedText: "#475569",
    gap: "#ffffff",
    missingFill: "#ffffff",
    missingHatch: "#cbd5e1",
    missingFlat: "#f1f5f9",
    diagonalFill: "#cbd5e1",
    selection: "#0f172a",
    inconsistent: "#b45309",
    focus: "#0ea5e9",
  },
  dark: {
    background: "#020617",
    text: "#e2e8f0",
    mutedText: "#94a3b8",
    gap: "#020617",
    missingFill: "#0b1222",
    missingHatch: "#1e293b",
    missingFlat: "#0b1222",
    diagonalFill: "#475569",
    selection: "#ffffff",
    inconsistent: "#f59e0b",
    focus: "#38bdf8",
  },
};

/** Where on YlGnBu the scale starts and ends, per scheme (t = 0 → low, t = 1 → the highest value). */
const RANGE: Record<ChartScheme, [number, number]> = {
  // Skip the palest tenth on white so the lowest known value still stands out from the page.
  light: [0.12, 1],
  // On a dark page: from a blue clearly lighter than the page to the palest yellow.
  dark: [0.78, 0.04],
};

export function heatColor(value: number, max: number, scheme: ChartScheme = "light"): string {
  const t = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  const [from, to] = RANGE[scheme];
  return ylGnBu(from + (to - from) * t);
}

/** ColorBrewer YlGnBu, 9 classes: the stops of d3-scale-chromatic's `interpolateYlGnBu`. */
const YLGNBU_9 = ["ffffd9", "edf8b1", "c7e9b4", "7fcdbb", "41b6c4", "1d91c0", "225ea8", "253494", "081d58"].map((hex) =>
  [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)),
);

/**
 * d3-scale-chromatic's `interpolateYlGnBu(t)` as a hex colour: d3-interpolate's uniform cubic B-spline
 * through the nine stops, per RGB channel, rounded like d3-color. Written out because the library
 * ships as one module with every scheme and d3-color's parser (~12 kB gzip in the charts' first load);
 * `tests/unit/chart-scheme.test.ts` checks it equals the library's output over the whole range.
 */
export function ylGnBu(t: number): string {
  const n = YLGNBU_9.length - 1;
  const i = t <= 0 ? ((t = 0), 0) : t >= 1 ? ((t = 1), n - 1) : Math.floor(t * n);
  const u = (t - i / n) * n;
  const u2 = u * u;
  const u3 = u2 * u;
  const channel = (c: number) => {
    const v1 = YLGNBU_9[i][c];
    const v2 = YLGNBU_9[i + 1][c];
    const v0 = i > 0 ? YLGNBU_9[i - 1][c] : 2 * v1 - v2;
    const v3 = i < n - 1 ? YLGNBU_9[i + 2][c] : 2 * v2 - v1;
    const v =
      ((1 - 3 * u + 3 * u2 - u3) * v0 + (4 - 6 * u2 + 3 * u3) * v1 + (1 + 3 * u + 3 * u2 - 3 * u3) * v2 + u3 * v3) / 6;
    return Math.max(0, Math.min(255, Math.round(v) || 0));
  };
  return "#" + [0, 1, 2].map((c) => channel(c).toString(16).padStart(2, "0")).join("");
}

export function heatTextColor(value: number, max: number, scheme: ChartScheme = "light"): string {
  return textColorOn(heatColor(value, max, scheme));
}

/** Stops for a gradient legend, low to high. */
export function heatGradientStops(scheme: ChartScheme = "light", steps = 8): string[] {
  return Array.from({ length: steps + 1 }, (_, k) => heatColor(k / steps, 1, scheme));
}

/** Treemap colour modes: by theme (Okabe–Ito) or by a topic's first lifecycle phase (Tol bright). */
export type TreemapColorMode = "theme" | "phase";

/** Neutral fill for theme bands when topics are coloured by phase. */
export const PHASE_MODE_THEME_FILL = "#475569";

export interface TreemapColorInput {
  themePosition: ReadonlyMap<string, number>;
  phasePosition: ReadonlyMap<string, number>;
  /** A topic's phases, first = earliest. */
  topicPhases: ReadonlyMap<string, readonly string[]>;
}

/** The fill of a topic tile, the same on the page, in exports and in preview images. */
export function treemapTopicFill(
  mode: TreemapColorMode,
  topic: { slug: string; theme: string },
  input: TreemapColorInput,
): string {
  if (mode === "phase") return phaseColor(input.phasePosition.get(input.topicPhases.get(topic.slug)?.[0] ?? "") ?? 1);
  return themeColor(input.themePosition.get(topic.theme) ?? 1);
}

export function treemapThemeFill(mode: TreemapColorMode, theme: { slug: string }, input: TreemapColorInput): string {
  return mode === "phase" ? PHASE_MODE_THEME_FILL : themeColor(input.themePosition.get(theme.slug) ?? 1);
}

export function treemapColorInput(
  themes: ReadonlyArray<{ slug: string; position: number }>,
  phases: ReadonlyArray<{ slug: string; position: number }>,
  topics: ReadonlyArray<{ slug: string; phases: readonly string[] }>,
): TreemapColorInput {
  return {
    themePosition: new Map(themes.map((t) => [t.slug, t.position])),
    phasePosition: new Map(phases.map((p) => [p.slug, p.position])),
    topicPhases: new Map(topics.map((t) => [t.slug, t.phases])),
  };
}

/**
 * A paint that follows the page's scheme: CSS light-dark() picks by the element's used
 * color-scheme (the reader's preference, or an embed's ?theme=). With no dark colour, the
 * light one as is.
 */
export function schemePaint(light: string, dark?: string): string {
  return dark === undefined || dark === light ? light : `light-dark(${light}, ${dark})`;
}
