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

/**
 * Inter's true italics, for quotes (app/globals.css): not preloaded, so only pages that show a quote
 * fetch them. Until they arrive the quote is Inter slanted by the browser, whose letters are as wide
 * as the upright's, so the swap barely moves a line.
 */
export const interItalic = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-italic.woff2",
  weight: "100 900",
  style: "italic",
  display: "swap",
  preload: false,
  variable: "--font-inter-italic",
  // No fallback of its own: where it is used (app/globals.css) Inter itself comes next.
  fallback: [],
  adjustFontFallback: false,
});
