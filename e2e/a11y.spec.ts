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

for (const { name, viewport } of VIEWPORTS)
  for (const colorScheme of ["light", "dark"] as const)
    test.describe(`${name} px, ${colorScheme}`, () => {
      test.use({ viewport, colorScheme });
      for (const path of PAGES)
        test(`axe: no serious or critical violations on ${path}`, async ({ page }) => {
          // axe takes ~35 s over the heatmap's 400 cells on an idle 2-core host, far longer on a busy one.
          test.setTimeout(300_000);
          await page.goto(path);
          await page.waitForLoadState("networkidle");
          const results = await new AxeBuilder({ page })
            .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
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
