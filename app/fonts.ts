import localFont from "next/font/local";

/**
 * Inter, self-hosted from @fontsource-variable/inter: the one UI typeface, as one variable file for
 * every weight (48 kB, where the four static weights were 99 kB). next/font serves it from our origin
 * and preloads it. The preview images draw the same design from @fontsource/inter's static files.
 *
 * font-display: optional, not swap. The metric-matched fallback next/font builds is local("Arial"),
 * which Android and most Linux systems do not have; there the text first paints in a wider system
 * font, and swapping Inter in later re-wraps every paragraph: on a phone over slow 4G that moved the
 * treemap by a layout shift of 0.21 (bench:lighthouse --throttling devtools). With optional, a font
 * that is not there within the short block period is left out for that page view (the next full
 * load has it from the cache), so the text never moves under the reader.
 *
 * Italics (quotes) are this file slanted by the browser: no second file. Inter's true italics (52 kB) were fetched,
 * at the highest priority, by every page that lays out a quote anywhere, beside its first paint; in Lighthouse's
 * simulation of slow 4G those pages' first paint waited for it (1.4 s, where pages with no quote had 0.8–0.9 s).
 */
export const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  weight: "100 900",
  style: "normal",
  display: "optional",
  variable: "--font-inter",
  fallback: ["ui-sans-serif", "system-ui", "Arial", "sans-serif"],
  adjustFontFallback: "Arial",
});
