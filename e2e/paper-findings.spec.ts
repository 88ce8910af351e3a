import { expect, test } from "./fixtures";

// The paper's grouping of co-occurrences, where themes come from, its conclusions and its method's limits, as a
// reader sees them in Chromium.

test("heatmap: a reported cell names the paper's group in its panel and its accessible name", async ({ page }) => {
  await page.goto("/cooccurrence");
  const grid = page.getByTestId("heatmap").locator('[role="grid"]');
  await grid.waitFor();
  const ragFt = page.locator('[role="gridcell"][data-row="rag-systems"][data-col="fine-tuning"]');
  await expect(ragFt).toHaveAttribute(
    "aria-label",
    /RAG Systems × Fine-Tuning: Joint videos 19 — reported in the paper \(alternative choices\)/,
  );
  await ragFt.click();
  const panel = page.getByTestId("cell-panel");
  await expect(panel.getByTestId("cell-value")).toContainText("19 joint videos");
  await expect(panel.getByTestId("cell-kind")).toContainText("The paper’s group: Alternative choices");
  await expect(panel.getByTestId("cell-kind")).toContainText("“Alternative Design Choices”");

  await page.goto("/cooccurrence?cell=tools-and-landscape~evaluation");
  await expect(page.getByTestId("cell-panel").getByTestId("cell-kind")).toContainText("Tools for realization");

  // A pair the paper does not report has no group.
  await page.goto("/cooccurrence?cell=pricing~memory");
  await expect(page.getByTestId("cell-panel").getByTestId("cell-value")).toContainText("not reported");
  await expect(page.getByTestId("cell-panel").getByTestId("cell-kind")).toHaveCount(0);
});

test("topic page: every reported pair shows its group, with the legend; the Discussion's points on it", async ({
  page,
}) => {
  await page.goto("/topics/rag-systems");
  const pairs = page.getByTestId("pairs").locator("li");
  await expect(pairs).toHaveCount(12);
  const evaluation = pairs.filter({ hasText: "RAG Systems × Evaluation" });
  await expect(evaluation).toContainText("21 joint videos");
  await expect(evaluation.getByTestId("pair-kind")).toHaveText("Architecture-based");
  await expect(pairs.filter({ hasText: "RAG Systems × Agents" }).getByTestId("pair-kind")).toHaveText(
    "Alternative choices",
  );
  await expect(pairs.filter({ hasText: "RAG Systems × Tools and Landscape" }).getByTestId("pair-kind")).toHaveText(
    "Tools for realization",
  );
  expect(await page.getByTestId("pair-kind").count()).toBe(12);
  await expect(page.getByTestId("pair-kind-legend")).toContainText("Architecture-based Co-Occurrences");

  const conclusions = page.getByTestId("topic-conclusions").getByTestId("finding");
  await expect(conclusions).toHaveCount(4);
  await expect(page.getByTestId("topic-conclusions")).toContainText(
    "Similarly, while RAG is used for academic approaches, RAG in production settings is largely unexplored.",
  );

  // The version permalink shows the same groups from the version's snapshot.
  await page.goto("/v/1.2.0/topics/rag-systems");
  await expect(page.getByTestId("pair-kind")).toHaveCount(12);
  await page.goto("/v/1.2.0/themes/architecture-and-design");
  await expect(page.getByTestId("theme-origin")).toHaveAttribute("data-origin", "software-integration");

  await page.goto("/topics/pricing");
  await expect(page.getByTestId("pairs")).toHaveCount(0);
  await expect(page.getByTestId("topic-conclusions")).toHaveCount(0);
});

test("theme page: where the theme comes from, or that the paper does not say", async ({ page }) => {
  await page.goto("/themes/costs");
  await expect(page.getByTestId("theme-origin")).toHaveAttribute("data-origin", "new-to-this-extent");
  await expect(page.getByTestId("theme-origin")).toContainText("New to this extent");
  await expect(page.getByTestId("theme-origin")).toContainText("(e.g., Costs and Output Verification)");
  await page.goto("/themes/evaluation");
  await expect(page.getByTestId("theme-origin")).toContainText("Not classified by the paper");
  await expect(page.getByTestId("theme-origin").locator("blockquote")).toHaveCount(0);
});

test("/about: the paper's conclusions and the six limits of its method, each with the paper's sentence", async ({
  page,
}) => {
  await page.goto("/about");
  const conclusions = page.getByTestId("about-conclusions").getByTestId("finding");
  await expect(conclusions).toHaveCount(7);
  await expect(conclusions.first()).toContainText("The breadth of the topics is huge.");
  await expect(conclusions.nth(1)).toContainText("one of the biggest concerns");
  await expect(conclusions.last()).toContainText("§VI");
  await expect(page.getByTestId("about-conclusions")).toContainText("(i) stronger dependence of infrastructure");
  const limits = page.getByTestId("about-method-limits").getByTestId("finding");
  await expect(limits).toHaveCount(6);
  for (const [slug, sentence] of [
    ["videos-2022-to-2024", "We collected 189 videos from 2022 to 2024"],
    ["english-only", "Videos were excluded if they were not in English"],
    ["experience-reports-only", "we excluded tutorials, lectures, tool introductions"],
    ["topic-model-coverage", "but may have missed some topic."],
    ["community-playlist-bias", "but without such a community bias."],
    ["unclassified-paragraphs", "A total of 1843 paragraphs remained unclassified."],
  ]) {
    await expect(page.locator(`[data-finding="${slug}"]`)).toContainText(sentence);
  }
  // The unclassified paragraphs come from the method (§III), not from the threats to validity (§V-A).
  await expect(page.locator('[data-finding="unclassified-paragraphs"]')).toContainText("§III");
  await expect(page.locator('[data-finding="unclassified-paragraphs"]')).not.toContainText("§V-A");
  await expect(page.locator('[data-finding="topic-model-coverage"]')).not.toContainText("1843");
  await expect(page.getByTestId("about-theme-origins")).toContainText("Known from ML-enabled systems");
  // The footer leads here from every page.
  await page.goto("/topics/latency");
  await page.getByRole("contentinfo").getByRole("link", { name: "What the paper concludes" }).click();
  await expect(page).toHaveURL(/\/about#conclusions$/);
});

test.describe("390 px", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("topic pages with conclusions fit the phone's width (the Cite box no longer widens the column)", async ({
    page,
  }) => {
    for (const slug of ["evaluation", "rag-systems", "fine-tuning"]) {
      await page.goto(`/topics/${slug}#conclusions`);
      await expect(page.getByTestId("topic-conclusions")).toBeVisible();
      const right = await page.evaluate(() => document.querySelector("main .grid")!.getBoundingClientRect().right);
      expect(right, slug).toBeLessThanOrEqual(390);
    }
  });
});
