import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

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

// Independent pages: spread over every worker instead of one after another.
test.describe.configure({ mode: "parallel" });

for (const { name, viewport } of VIEWPORTS)
  for (const colorScheme of ["light", "dark"] as const)
    test.describe(`${name} px, ${colorScheme}`, () => {
      test.use({ viewport, colorScheme });
      for (const path of PAGES)
        test(`axe: no serious or critical violations on ${path}`, async ({ page }) => {
          test.setTimeout(120_000);
          await page.goto(path);
          await page.waitForLoadState("networkidle");
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
