import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./fixtures";

// Every kind of page, in both colour schemes, at a laptop and a phone width: axe-core must
// find no serious or critical violation (colour contrast included).
const PAGES = [
  "/",
  "/?zoom=architecture-and-design&topic=rag-systems",
  "/?view=table",
  "/cooccurrence",
  "/cooccurrence?cell=rag-systems~evaluation&value=conditional",
  "/cooccurrence?view=table",
  "/topics/rag-systems",
  "/themes/architecture-and-design",
  "/phases",
  "/phases/requirements-engineering",
  "/videos",
  "/videos/V105",
  "/about",
  "/changelog",
  "/embed/treemap",
  "/embed/heatmap?theme=dark",
  "/no-such-page",
];

const VIEWPORTS = [
  { name: "1280", viewport: { width: 1280, height: 800 } },
  { name: "390", viewport: { width: 390, height: 844 } },
];
const SCHEMES = ["light", "dark"] as const;

// Independent pages: spread over every worker instead of one after another. Each page is loaded once and then
// checked in all four combinations, switched in place (colour scheme by media emulation, width by resizing), as a
// reader who turns on dark mode or turns a tablet would: the pages must follow without a reload.
test.describe.configure({ mode: "parallel" });

for (const path of PAGES)
  test.describe(path, () => {
    test.describe.configure({ mode: "serial" });
    let page: Page;
    test.beforeAll(async ({ browser }) => {
      page = await browser.newPage({ viewport: VIEWPORTS[0].viewport, colorScheme: SCHEMES[0] });
      await page.goto(path);
      await page.waitForLoadState("networkidle");
    });
    test.afterAll(async () => page.context().close());
    for (const { name, viewport } of VIEWPORTS)
      for (const colorScheme of SCHEMES)
        test(`axe: no serious or critical violations on ${path} at ${name} px, ${colorScheme}`, async () => {
          test.setTimeout(120_000);
          await page.setViewportSize(viewport);
          await page.emulateMedia({ colorScheme });
          // Two frames: the resize observers' and media listeners' renders are in.
          await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
          expect(await page.evaluate(() => [innerWidth, matchMedia("(prefers-color-scheme: dark)").matches])).toEqual([
            viewport.width,
            colorScheme === "dark",
          ]);
          // The same rules, run by axe.run in the page (legacy mode: these pages hold no iframes) and
          // reporting nodes for violations only: the default runPartial/finishRun path and the
          // selectors of every passing node took ~4× as long on the heatmap's ~950 SVG elements.
          const results = await new AxeBuilder({ page })
            .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
            .setLegacyMode(true)
            .options({ resultTypes: ["violations"] })
            .analyze();
          const bad = results.violations
            .filter((v) => v.impact === "serious" || v.impact === "critical")
            .map(
              (v) =>
                `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes
                  .slice(0, 3)
                  .map((n) => n.target.join(" "))
                  .join(" | ")}`,
            );
          expect(bad, bad.join("\n")).toEqual([]);
        });
  });
