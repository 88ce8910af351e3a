import localFont from "next/font/local";

/**
 * Inter, self-hosted from @fontsource/inter (the same files the preview images use): the one UI
 * typeface. next/font serves the files from our origin and preloads them.
 *
 * font-display: optional, not swap. The metric-matched fallback next/font builds is local("Arial"),
 * which Android and most Linux systems do not have; there the text first paints in a wider system
 * font, and swapping Inter in later re-wraps every paragraph: on a phone over slow 4G that moved the
 * treemap by a layout shift of 0.21 (bench:lighthouse --throttling devtools). With optional, a font
 * that is not there within the short block period is left out for that page view (the next full
 * load has it from the cache), so the text never moves under the reader.
 */
export const inter = localFont({
  src: [
    { path: "../node_modules/@fontsource/inter/files/inter-latin-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/inter/files/inter-latin-400-italic.woff2", weight: "400", style: "italic" },
    { path: "../node_modules/@fontsource/inter/files/inter-latin-500-normal.woff2", weight: "500", style: "normal" },
    { path: "../node_modules/@fontsource/inter/files/inter-latin-600-normal.woff2", weight: "600", style: "normal" },
    { path: "../node_modules/@fontsource/inter/files/inter-latin-700-normal.woff2", weight: "700", style: "normal" },
  ],
  display: "optional",
  variable: "--font-inter",
  fallback: ["ui-sans-serif", "system-ui", "Arial", "sans-serif"],
  adjustFontFallback: "Arial",
});
