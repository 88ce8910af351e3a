/**
 * Screenshot gallery: each page kind in light and dark, at a laptop (1280×800) and a phone
 * (390×844) size, written to docs/gallery/<kind>-<scheme>-<device>.png and linked from the
 * README. Needs a running server: GALLERY_BASE_URL (default http://127.0.0.1:3000).
 *   npm run gallery
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { chromiumLaunchOptions } from "./lib/chromium.mjs";

const BASE = (process.env.GALLERY_BASE_URL ?? "http://127.0.0.1:3000").replace(/\/$/, "");
const OUT = join(import.meta.dirname, "..", "docs", "gallery");

export const GALLERY_PAGES = [
  { kind: "treemap", path: "/?zoom=architecture-and-design&topic=rag-systems" },
  { kind: "heatmap", path: "/cooccurrence?cell=rag-systems~evaluation" },
  { kind: "heatmap-table", path: "/cooccurrence?view=table" },
  { kind: "topic", path: "/topics/rag-systems" },
  { kind: "embed-heatmap", path: "/embed/heatmap" },
] as const;

const DEVICES = [
  { device: "desktop", viewport: { width: 1280, height: 800 }, mobile: false },
  { device: "phone", viewport: { width: 390, height: 844 }, mobile: true },
] as const;

async function main() {
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch(chromiumLaunchOptions());
  let written = 0;
  try {
    for (const { device, viewport, mobile } of DEVICES)
      for (const scheme of ["light", "dark"] as const) {
        const context = await browser.newContext({
          viewport,
          colorScheme: scheme,
          isMobile: mobile,
          hasTouch: mobile,
          deviceScaleFactor: 1,
          reducedMotion: "reduce",
        });
        for (const { kind, path } of GALLERY_PAGES) {
          const page = await context.newPage();
          const response = await page.goto(BASE + path, { waitUntil: "networkidle" });
          if (!response || response.status() !== 200)
            throw new Error(`${path}: HTTP ${response?.status() ?? "no response"} from ${BASE}`);
          await page.evaluate(() => document.fonts.ready);
          const file = join(OUT, `${kind}-${scheme}-${device}.png`);
          await page.screenshot({ path: file });
          await page.close();
          written++;
        }
        await context.close();
      }
  } finally {
    await browser.close();
  }
  console.log(`gallery: ${written} screenshots in docs/gallery from ${BASE}`);
}

main().catch((e) => {
  console.error(`gallery: ${(e as Error).message}`);
  process.exit(1);
});
