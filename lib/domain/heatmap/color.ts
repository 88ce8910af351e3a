/**
 * Heatmap colours: a sequential, colour-blind-safe ColorBrewer scale (YlGnBu) from light
 * (few joint videos) to dark (many), like the paper's figure. Unknown cells are not
 * coloured at all: they are hatched, so they can never be read as a low value.
 */
import { interpolateYlGnBu } from "d3-scale-chromatic";
import { textColorOn } from "../color";

/** Skip the palest tenth so the lowest known value still stands out from the page. */
const LOW = 0.12;

export function heatColor(value: number, max: number): string {
  const t = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  return toHex(interpolateYlGnBu(LOW + (1 - LOW) * t));
}

export function heatTextColor(value: number, max: number): string {
  return textColorOn(heatColor(value, max));
}

export const DIAGONAL_FILL = "#cbd5e1";

function toHex(rgb: string): string {
  const m = /rgb\((\d+),\s*(\d+),\s*(\d+)\)/.exec(rgb);
  if (!m) return rgb;
  return "#" + [m[1], m[2], m[3]].map((x) => Number(x).toString(16).padStart(2, "0")).join("");
}

/** Stops for a CSS/SVG gradient legend. */
export function heatGradientStops(steps = 8): string[] {
  return Array.from({ length: steps + 1 }, (_, k) => heatColor(k / steps, 1));
}
