import { expect, test, type Page } from "./fixtures";

/**
 * Whether the element's box lies within the first screen, with the page not scrolled. Measured until it holds (or
 * the expect timeout ends): hydration may replace the server-rendered element between two reads of it.
 */
async function inFirstScreen(page: Page, selector: ReturnType<Page["locator"]>) {
  await expect(selector).toBeVisible();
  await expect(async () => {
    const box = await selector.boundingBox();
    const [scrolled, height] = await page.evaluate(() => [window.scrollY, window.innerHeight]);
    expect(box, "the element is laid out").not.toBeNull();
    expect(scrolled).toBe(0);
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(height);
  }).toPass({ timeout: 10_000 });
}

test("/search?q=rag+evaluation lists the RAG × Evaluation pair, linking to its cell", async ({ page }) => {
  await page.goto("/search?q=rag+evaluation");
  const pairs = page.getByTestId("results-pair");
  const link = pairs.getByRole("link", { name: "RAG Systems × Evaluation" });
  await expect(link).toHaveAttribute("href", "/cooccurrence?cell=rag-systems~evaluation");
  await expect(pairs).toContainText("21 joint videos");
  await link.click();
  await expect(page).toHaveURL(/\/cooccurrence\?cell=rag-systems~evaluation$/);
  await expect(page.getByTestId("cell-panel").getByTestId("cell-value")).toContainText("21 joint videos");
});

test("a cell: Cite (BibTeX, RIS, CSL-JSON at its version, with the sentence), permalink, measures defined", async ({
  page,
}) => {
  await page.goto("/cooccurrence?cell=rag-systems~evaluation");
  await expect(page).toHaveTitle(/^RAG Systems × Evaluation: 21 joint videos/);
  const panel = page.getByTestId("cell-panel");
  const cite = panel.getByTestId("cite-control");
  await expect(cite.getByRole("button", { name: "This cell (v1.3.0)" })).toHaveAttribute("aria-pressed", "true");
  await cite.getByRole("button", { name: "BibTeX" }).click();
  await expect(cite.getByTestId("citation-text")).toContainText("@misc{kmap_pair_rag_systems_evaluation_v1_3_0,");
  await expect(cite.getByTestId("citation-text")).toContainText("the highest number of co-occurring topics");
  await cite.getByRole("button", { name: "RIS" }).click();
  await expect(cite.getByTestId("citation-text")).toContainText("Dataset version 1.3.0");
  await cite.getByRole("button", { name: "CSL-JSON" }).click();
  await expect(cite.getByTestId("citation-text")).toContainText('"version": "1.3.0"');

  await expect(page.getByTestId("measure-definition")).toContainText("Joint videos: how many");
  await page.getByText("Jaccard index", { exact: true }).click();
  await expect(page.getByTestId("measure-definition")).toContainText("Jaccard index: the joint videos divided by");
  await page.getByText("P(column | row)", { exact: true }).click();
  await expect(page.getByTestId("measure-definition")).toContainText("the share of the row topic’s videos");

  const permalink = panel.getByTestId("cell-permalink");
  await expect(permalink).toHaveAttribute("href", "/v/1.3.0/cooccurrence?cell=rag-systems~evaluation");
  await permalink.click();
  await expect(page).toHaveURL(/\/v\/1\.3\.0\/cooccurrence\?cell=rag-systems~evaluation$/);
  await expect(page.getByTestId("version-banner")).toContainText("dataset version 1.3.0");
  await expect(page.getByTestId("cell-panel").getByTestId("cell-evidence")).toContainText(
    "the highest number of co-occurring topics",
  );
});

test("the topic page's pairs link to their cells", async ({ page }) => {
  await page.goto("/topics/rag-systems");
  await expect(page.getByTestId("pairs").getByRole("link", { name: "RAG Systems × Evaluation" })).toHaveAttribute(
    "href",
    "/cooccurrence?cell=rag-systems~evaluation",
  );
});

test("“Download” gives the version's zip; the descriptor stays at its URL", async ({ page }) => {
  await page.goto("/about");
  await expect(page.getByTestId("footer-data-archive")).toHaveAttribute("href", "/data/1.3.0/kmap-1.3.0.zip");
  await expect(page.getByTestId("footer-data-package")).toHaveAttribute("href", "/data/1.3.0/datapackage.json");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("footer-data-archive").click(),
  ]);
  expect(download.suggestedFilename()).toBe("kmap-1.3.0.zip");
  await page.goto("/changelog");
  await expect(page.getByTestId("data-archive-link").first()).toHaveAttribute(
    "href",
    /\/data\/1\.\d\.0\/kmap-1\.\d\.0\.zip$/,
  );
});

test.describe("on a phone (390 × 844), a shared link opens on what was shared", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("?cell= shows the cell and the paper's sentence in the first screen", async ({ page }) => {
    await page.goto("/cooccurrence?cell=rag-systems~evaluation");
    const panel = page.getByTestId("cell-panel");
    await inFirstScreen(page, panel.getByRole("heading", { name: "RAG Systems × Evaluation" }));
    await inFirstScreen(page, panel.getByTestId("cell-evidence"));
    await expect(panel.getByTestId("cell-evidence")).toContainText("the highest number of co-occurring topics");
  });

  test("?topic= shows the topic's details in the first screen", async ({ page }) => {
    await page.goto("/?topic=rag-systems");
    const panel = page.getByTestId("topic-panel");
    await inFirstScreen(page, panel.getByRole("heading", { name: "RAG Systems" }));
    await inFirstScreen(page, panel.getByTestId("panel-count"));
  });

  test("the header is compact: one row for name and search, one for the sections", async ({ page }) => {
    await page.goto("/topics/rag-systems");
    const header = (await page.locator("body > div > header").first().boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(110);
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "About" })).toBeAttached();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
