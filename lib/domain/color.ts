/**
 * Colour for the charts: colour-blind-safe palettes and WCAG text contrast. Tile text is
 * black or white, whichever contrasts more with the fill; for every palette colour that
 * choice reaches WCAG AA (4.5:1), which the unit tests check.
 */
import { THEME_PALETTE } from "./palette";

/** Paul Tol's "bright" qualitative scheme, safe for colour-vision deficiencies: one per lifecycle phase. */
export const PHASE_PALETTE = ["#4477AA", "#66CCEE", "#228833", "#CCBB44", "#EE6677", "#AA3377"] as const;

export function phaseColor(position: number): string {
  return PHASE_PALETTE[(position - 1) % PHASE_PALETTE.length];
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

export function parseHex(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new RangeError(`not a #rrggbb colour: ${hex}`);
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** WCAG 2 relative luminance. */
export function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

export const DARK_TEXT = "#000000";
export const LIGHT_TEXT = "#ffffff";

/** Black or white, whichever reads better on `background`. */
export function textColorOn(background: string): string {
  return contrastRatio(background, DARK_TEXT) >= contrastRatio(background, LIGHT_TEXT) ? DARK_TEXT : LIGHT_TEXT;
}

export const ALL_CHART_FILLS: readonly string[] = [...THEME_PALETTE, ...PHASE_PALETTE];
