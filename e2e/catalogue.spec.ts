import { expect, test } from "./fixtures";

test("home shows the 8 themes and 20 topics with the paper's figures", async ({ page }) => {
  await page.goto("/");
  // The chart's legend names the 8 themes; the table view has no legend (it names each row's theme).
  await expect(page.getByTestId("treemap-legend").locator("li")).toHaveCount(8);
  await page.goto("/?view=table");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("LLM applications for production");
  const rows = page.getByTestId("treemap-table").locator("tbody tr");
  await expect(rows).toHaveCount(20);
  const rag = rows.filter({ hasText: "RAG Systems" });
  await expect(rag).toContainText("72");
  await expect(rag).toContainText("40.4%");
  await expect(rag).toContainText("Architecture & Design");
  // Header navigation and footer with the dataset version.
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const label of ["Map", "Co-occurrence", "Phases", "About"])
    await expect(nav.getByRole("link", { name: label })).toBeVisible();
  await expect(page.getByTestId("dataset-version")).toContainText(/Version \d+\.\d+\.\d+/);
  await expect(page.getByTestId("study-citation")).toContainText(
    "Mailach, A., Simon, S., Dorn, J., & Siegmund, N. (2024)",
  );
});

test("a theme page lists its topics", async ({ page }) => {
  await page.goto("/themes/architecture-and-design");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Architecture & Design");
  const topics = page.getByTestId("theme-topics").locator("li");
  await expect(topics).toHaveCount(4);
  await expect(topics.first()).toContainText("RAG Systems");
  await expect(topics.first()).toContainText("72 videos, 40.4%");
  await topics.first().getByRole("link", { name: "RAG Systems" }).click();
  await expect(page).toHaveURL(/\/topics\/rag-systems$/);
});

test("the RAG Systems page shows figures, quotes, phases and reported pairs", async ({ page }) => {
  const response = await page.goto("/topics/rag-systems");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("RAG Systems");
  await expect(page.getByTestId("video-count")).toHaveText("72");
  await expect(page.getByTestId("share")).toHaveText("40.4%");
  await expect(page.getByText("Topic · Architecture & Design")).toBeVisible();

  const quotes = page.getByTestId("quotes").locator("figure");
  expect(await quotes.count()).toBeGreaterThanOrEqual(5);
  await expect(quotes.first()).toContainText(
    "there’s like a million things that you can do to try to actually improve your RAG system.",
  );
  await expect(quotes.first().getByRole("link", { name: "V126" })).toHaveAttribute("href", "/videos/V126");

  await expect(page.getByTestId("phases").locator("li").first()).toBeVisible();
  await expect(page.getByText("Editorial mapping").first()).toBeVisible();

  const evaluation = page.getByTestId("pairs").locator("li").filter({ hasText: "RAG Systems × Evaluation" });
  await expect(evaluation).toContainText("21 joint videos");
  await expect(evaluation).toContainText("reported");
  await expect(evaluation).toContainText("the highest number of co-occurring topics");

  await quotes.first().getByRole("link", { name: "V126" }).click();
  await expect(page).toHaveURL(/\/videos\/V126$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Video V126");
});

test("a phase page lists its topics as an editorial mapping", async ({ page }) => {
  await page.goto("/phases/testing-and-evaluation");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Testing and Evaluation");
  const topics = page.getByTestId("phase-topics").locator("li");
  // By the topic's own link: other topics' rationales mention evaluation too (RAG Systems, Fine-Tuning).
  await expect(topics.filter({ has: page.getByRole("link", { name: "Evaluation", exact: true }) })).toContainText(
    "50 videos · 28.1%",
  );
  await expect(page.getByText("Editorial mapping").first()).toBeVisible();
  await page.goto("/phases");
  await expect(page.locator("main > ol > li")).toHaveCount(6);
});

test("a video page shows the id and says what the source does not give", async ({ page }) => {
  await page.goto("/videos/V105");
  const facts = page.getByTestId("video-facts");
  await expect(facts).toContainText("V105");
  await expect(facts).toContainText("link not given in the source");
  await expect(facts.locator("a")).toHaveCount(0);
  await expect(page.locator("main figure").first()).toBeVisible();
  expect(await page.locator("main figure").count()).toBeGreaterThanOrEqual(4);
});

test("unknown pages are real 404s", async ({ page }) => {
  for (const path of [
    "/topics/no-such-topic",
    "/themes/nope",
    "/phases/nope",
    "/videos/V9999",
    "/videos/not-an-id",
    "/topics/RAG%20Systems",
    "/no/such/page",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  }
});

test("about explains shares, the denominator and the paper's inconsistency", async ({ page }) => {
  await page.goto("/about");
  await expect(page.locator("#shares-heading")).toBeVisible();
  await expect(page.locator("main")).toContainText("divided by 178");
  await expect(page.getByTestId("inconsistency-rank")).toContainText("“third largest”");
  await expect(page.getByTestId("inconsistency-rank")).toContainText("83 videos (46.6%) make it the second largest");
  await expect(page.locator("main")).toContainText("10.5281/zenodo.14753685");
});

test("links prefetch on intent, not on sight (components/IntentLink.tsx)", async ({ page }) => {
  const prefetched: string[] = [];
  page.on("request", (request) => {
    const headers = request.headers();
    if (headers["next-router-prefetch"] || headers["rsc"]) prefetched.push(new URL(request.url()).pathname);
  });
  await page.goto("/topics/rag-systems");
  const themeLink = page.locator('main a[href="/themes/architecture-and-design"]').first();
  await expect(themeLink).toBeVisible();
  await page.waitForLoadState("networkidle");
  // Seen, not yet wanted: no prefetch of the theme page.
  expect(prefetched).not.toContain("/themes/architecture-and-design");
  await themeLink.hover();
  await expect.poll(() => prefetched).toContain("/themes/architecture-and-design");
});
