/**
 * Theme colours: the Okabe–Ito palette, which stays distinguishable under the common
 * colour-vision deficiencies. Assigned by the theme's position, so a theme keeps its
 * colour when others are added after it.
 */
export const THEME_PALETTE = [
  "#0072B2",
  "#E69F00",
  "#009E73",
  "#CC79A7",
  "#D55E00",
  "#56B4E9",
  "#F0E442",
  "#999999",
] as const;

export function themeColor(position: number): string {
  return THEME_PALETTE[(position - 1) % THEME_PALETTE.length];
}
