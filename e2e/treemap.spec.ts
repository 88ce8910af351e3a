import { readFileSync } from "node:fs";
import { expect, test, type Page } from "./fixtures";

/** Opens a map URL and waits until the client has measured and taken over the chart. */
async function gotoMap(page: Page, url: string) {
  const response = await page.goto(url);
  await page.locator('[data-testid="treemap"][data-ready="true"]').waitFor();
  return response;
}

const tree = (page: Page) => page.getByTestId("treemap").getByRole("tree");
const themeTile = (page: Page, name: RegExp) =>
  tree(page).getByRole("treeitem", { name, exact: false }).and(page.locator('[data-kind="theme"]'));

test("the first paint is a complete treemap with an accessible tree structure", async ({ page }) => {
  await gotoMap(page, "/");
  await expect(tree(page)).toHaveCount(1);
  await expect(tree(page).locator('[role="treeitem"][aria-level="1"]')).toHaveCount(8);
  await expect(tree(page).locator('[role="treeitem"][aria-level="2"]')).toHaveCount(20);
  await expect(tree(page).getByRole("treeitem", { name: "RAG Systems: 72 videos, 40.4%" })).toHaveCount(1);
  await expect(
    tree(page).getByRole("treeitem", { name: /^Architecture & Design: 93 videos, 52\.2%, 4 topics$/ }),
  ).toHaveCount(1);
  // Single-topic themes: one tile that names the topic, no empty header band.
  await expect(themeTile(page, /^Evaluation: 50 videos/)).toHaveCount(1);
  // Labels live in an aria-hidden layer above the tiles, grouped per theme (TreemapSvg).
  await expect(tree(page).locator('[data-labels="evaluation"] text')).toHaveText(["Evaluation", "50 videos · 28.1%"]);
});

test("the first measured drawing replaces the server's without a transition; a zoom then animates", async ({
  page,
}) => {
  await gotoMap(page, "/");
  const transitions = () =>
    page.evaluate(() => document.getAnimations().filter((a) => a instanceof CSSTransition).length);
  // Measuring redrew the tiles at the container's size (data-ready): no tile moved there by a 450 ms transition.
  expect(await transitions()).toBe(0);
  await page.locator('[data-testid="treemap"][data-animate="true"]').waitFor();
  await themeTile(page, /^Architecture & Design:/).click();
  await expect(page).toHaveURL(/\?zoom=architecture-and-design$/);
  expect(await transitions()).toBeGreaterThan(0);
});

test("the server renders the SVG before any script runs", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/?zoom=costs");
  await expect(page.locator('[data-testid="treemap"] svg[role="tree"]').first()).toBeAttached();
  await expect(page.locator('[data-testid="treemap"] svg').first().locator('[data-slug="pricing"]')).toHaveAttribute(
    "aria-label",
    "Pricing: 4 videos, 2.2%",
  );
  await context.close();
});

test("click a theme to zoom in, and back via the breadcrumb", async ({ page }) => {
  await gotoMap(page, "/");
  await themeTile(page, /^Architecture & Design/).click({ position: { x: 30, y: 8 } });
  await expect(page).toHaveURL(/\?zoom=architecture-and-design$/);
  await expect(page.getByTestId("treemap-breadcrumb")).toContainText("Architecture & Design");
  await expect(themeTile(page, /^Architecture & Design/)).toHaveAttribute("aria-expanded", "true");
  // The zoomed theme's topics fill the chart (once the tiles' 450 ms transition has ended).
  const chart = await page.getByTestId("treemap").boundingBox();
  const rag = page.locator('[data-kind="topic"][data-slug="rag-systems"] > rect.tm-gap');
  await expect
    .poll(async () => {
      const box = await rag.boundingBox();
      return box!.width * box!.height;
    })
    .toBeGreaterThan(0.4 * chart!.width * chart!.height);
  await page.getByRole("button", { name: "All themes" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(themeTile(page, /^Architecture & Design/)).toHaveAttribute("aria-expanded", "false");
});

test("select RAG Systems with the keyboard only, reload, and go back and forward", async ({ page }) => {
  // Four document loads (first, reload, back, forward): the default 30 s ran out on a busy two-core host.
  test.setTimeout(60_000);
  await gotoMap(page, "/");
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.getAttribute("data-kind") === "theme")) break;
  }
  await expect(page.locator(":focus")).toHaveAttribute("data-slug", "architecture-and-design");
  await page.keyboard.press("ArrowRight");
  await expect(page.locator(":focus")).not.toHaveAttribute("data-slug", "architecture-and-design");
  await page.keyboard.press("ArrowLeft");
  await expect(page.locator(":focus")).toHaveAttribute("data-slug", "architecture-and-design");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\?zoom=architecture-and-design$/);
  await expect(page.locator(":focus")).toHaveAttribute("data-slug", "rag-systems");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\?zoom=architecture-and-design&topic=rag-systems$/);
  const panel = page.getByTestId("topic-panel");
  await expect(panel.getByRole("heading", { name: "RAG Systems" })).toBeVisible();
  await expect(panel.getByTestId("panel-count")).toHaveText("72");
  await expect(panel.getByTestId("panel-share")).toHaveText("40.4%");
  await expect(panel).toContainText("Evaluation");
  await expect(panel.getByRole("link", { name: "Open the RAG Systems page" })).toHaveAttribute(
    "href",
    "/topics/rag-systems",
  );

  await page.reload();
  await page.locator('[data-testid="treemap"][data-ready="true"]').waitFor();
  await expect(page.getByTestId("topic-panel").getByTestId("panel-count")).toHaveText("72");
  await expect(page.locator('[data-kind="topic"][data-slug="rag-systems"]')).toHaveAttribute("aria-selected", "true");
  await expect(page.getByTestId("treemap-breadcrumb")).toContainText("Architecture & Design");

  // Back and forward across the reload are document loads (or back-forward cache restores): wait, as after the
  // reload, until the client has taken over the chart before using the keyboard on it.
  await page.goBack();
  await expect(page).toHaveURL(/\?zoom=architecture-and-design$/);
  await page.locator('[data-testid="treemap"][data-ready="true"]').waitFor();
  await expect(page.getByTestId("topic-panel")).toHaveCount(0);
  await page.goForward();
  await expect(page).toHaveURL(/topic=rag-systems/);
  await page.locator('[data-testid="treemap"][data-ready="true"]').waitFor();
  await expect(page.getByTestId("topic-panel").getByTestId("panel-count")).toHaveText("72");

  // Escape deselects, then zooms out.
  await page.locator('[data-kind="topic"][data-slug="rag-systems"]').focus();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/\?zoom=architecture-and-design$/);
  await expect(page.getByTestId("topic-panel")).toHaveCount(0);
  await expect(page.locator('[data-kind="topic"][data-slug="rag-systems"]')).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator(":focus")).toHaveAttribute("data-slug", "architecture-and-design");
});

test("switch the colour mode", async ({ page }) => {
  await gotoMap(page, "/");
  const rect = page.locator('[data-kind="topic"][data-slug="rag-systems"] > rect.tm-gap');
  const byTheme = await rect.getAttribute("fill");
  await page.getByText("Phase", { exact: true }).click();
  await expect(page).toHaveURL(/\?color=phase$/);
  await expect(page.getByTestId("treemap-legend")).toContainText("Requirements Engineering");
  await expect(rect).not.toHaveAttribute("fill", byTheme!);
  await page.reload();
  await page.locator('[data-testid="treemap"][data-ready="true"]').waitFor();
  await expect(page.getByRole("radio", { name: "Phase" })).toBeChecked();
});

test("the table view shows 20 rows and sorts", async ({ page }) => {
  await gotoMap(page, "/");
  await page.getByRole("button", { name: "Show as table" }).click();
  await expect(page).toHaveURL(/\?view=table$/);
  const rows = page.getByTestId("treemap-table").locator("tbody tr");
  await expect(rows).toHaveCount(20);
  await expect(rows.first()).toContainText("RAG Systems");
  await expect(rows.first()).toContainText("40.4%");
  await page.getByRole("button", { name: /^Videos/ }).click();
  await expect(rows.first()).toContainText("Pricing");
  await expect(page.getByRole("columnheader", { name: /Videos/ })).toHaveAttribute("aria-sort", "ascending");
  await rows.first().getByRole("button", { name: "Pricing" }).click();
  await expect(page).toHaveURL(/topic=pricing/);
  await expect(page.getByTestId("topic-panel").getByTestId("panel-count")).toHaveText("4");
});

test("export downloads a valid SVG, a PNG and a CSV", async ({ page }) => {
  await gotoMap(page, "/?zoom=costs");
  const [svgDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "SVG", exact: true }).click(),
  ]);
  expect(svgDownload.suggestedFilename()).toBe("llm-knowledge-map-treemap-costs.svg");
  const svg = readFileSync((await svgDownload.path())!, "utf8");
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    return {
      error: doc.querySelector("parsererror")?.textContent ?? null,
      root: doc.documentElement.nodeName,
      texts: [...doc.querySelectorAll("text")].map((t) => t.textContent),
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe("svg");
  expect(parsed.texts).toContain("Context Length");
  // Self-describing: title, view, source (paper, dataset version, URL) and licence in the figure.
  const all = parsed.texts.join("\n");
  expect(all).toContain("What practitioners discuss about LLMs in production");
  expect(all).toContain("Zoomed into Costs");
  expect(all).toMatch(/arXiv 2411\.08574/);
  expect(all).toMatch(/dataset v\d/);
  expect(all).toContain("CC BY 4.0");

  const [pngDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "PNG", exact: true }).click(),
  ]);
  const png = readFileSync((await pngDownload.path())!);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  const [csvDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "CSV", exact: true }).click(),
  ]);
  const csvLines = readFileSync((await csvDownload.path())!, "utf8")
    .trim()
    .split("\r\n");
  const meta = csvLines.filter((l) => l.startsWith("# "));
  expect(meta).toHaveLength(4);
  expect(meta[1]).toContain("View: Zoomed into Costs");
  expect(meta[2]).toMatch(/^# Source: Mailach et al\..*dataset v\d.*\/\?zoom=costs/);
  const csv = csvLines.filter((l) => !l.startsWith("# "));
  expect(csv[0]).toBe(
    "theme_slug,theme,topic_slug,topic,video_count,share_percent,share_denominator,paper_section,phases_editorial",
  );
  expect(csv).toHaveLength(3);
  expect(csv[1]).toMatch(/^costs,Costs,context-length,Context Length,14,7\.9,178,IV-A7,/);
});

test("unknown URL values fall back to the default view with a notice", async ({ page }) => {
  const response = await gotoMap(page, "/?zoom=nope&topic=%3Cscript%3E&color=rainbow");
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("url-notice")).toContainText("“nope”");
  await expect(page.getByTestId("url-notice")).toContainText("“<script>”");
  await expect(page.getByRole("radio", { name: "Theme" })).toBeChecked();
  await expect(tree(page).locator('[role="treeitem"][aria-level="1"][aria-expanded="false"]')).toHaveCount(8);
});

test("hovering a tile shows its full text", async ({ page }) => {
  await gotoMap(page, "/?zoom=model-capabilities-and-techniques");
  await page.locator('[data-kind="topic"][data-slug="llm-optimization"]').hover();
  await expect(page.getByTestId("treemap-tooltip")).toHaveText("LLM Optimization: 5 videos, 2.8%");
});

test("the chart resizes without a reload", async ({ page }) => {
  await gotoMap(page, "/");
  await page.setViewportSize({ width: 500, height: 900 });
  await expect.poll(async () => (await tree(page).boundingBox())!.width).toBeLessThan(500);
  const w = (await tree(page).boundingBox())!.width;
  await expect(tree(page)).toHaveAttribute("viewBox", new RegExp(`^0 0 ${Math.round(w)}`));
  await page.setViewportSize({ width: 900, height: 900 });
  await expect.poll(async () => (await tree(page).boundingBox())!.width).toBeGreaterThan(w);
});
