import { expect, test } from "./fixtures";

test("a topic page carries citation meta tags, canonical URL, Open Graph and JSON-LD", async ({ page }) => {
  await page.goto("/topics/rag-systems");
  const meta = (name: string) => page.locator(`meta[name="${name}"]`).first().getAttribute("content");
  expect(await meta("citation_title")).toBe("RAG Systems — LLM Engineering Knowledge Map");
  expect(await meta("citation_author")).toBe("LLM Engineering Knowledge Map");
  expect(await meta("citation_public_url")).toMatch(/\/v\/\d+\.\d+\.\d+\/topics\/rag-systems$/);
  expect(await meta("citation_publication_date")).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
  expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toMatch(/\/topics\/rag-systems$/);
  expect(await page.locator('meta[property="og:image"]').first().getAttribute("content")).toMatch(
    /\/og\/topic\/rag-systems$/,
  );
  expect(await page.locator('meta[name="twitter:card"]').getAttribute("content")).toBe("summary_large_image");
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld).toMatchObject({
    "@context": "https://schema.org",
    "@type": "DefinedTerm",
    name: "RAG Systems",
    inDefinedTermSet: { "@type": "Dataset" },
  });
});

test("the cite control shows, copies and downloads citations", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/topics/rag-systems");
  const cite = page.getByTestId("cite-control");
  await expect(cite.getByTestId("citation-text")).toContainText("RAG Systems (topic)");
  await cite.getByRole("button", { name: "BibTeX" }).click();
  await expect(cite.getByTestId("citation-text")).toContainText("@misc{");
  await cite.getByRole("button", { name: "The study (Mailach et al.)" }).click();
  await expect(cite.getByTestId("citation-text")).toContainText("Mailach, Alina and Simon, Sebastian");
  await cite.getByRole("button", { name: "Copy citation" }).click();
  await expect(cite.getByRole("button", { name: "Copied ✓" })).toBeVisible();
  // The study is an arXiv preprint: @misc with its eprint.
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain("@misc{Mailach2024_arXiv_2411_08574,");
  expect(copied).toContain("eprint = {2411.08574},");
  await expect(cite.getByRole("link", { name: "Download" })).toHaveAttribute(
    "href",
    "/topics/rag-systems/cite-study.bib",
  );
});

test("copy link copies the full view state", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/cooccurrence?cell=rag-systems~evaluation&order=cluster&value=jaccard");
  await page.getByRole("button", { name: "Copy link" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /\/cooccurrence\?cell=rag-systems~evaluation&order=cluster&value=jaccard$/,
  );
  await page.getByRole("button", { name: "Embed" }).click();
  await expect(page.getByTestId("embed-snippet")).toContainText('<iframe src="');
  await expect(page.getByTestId("embed-snippet")).toContainText(
    "/embed/heatmap?cell=rag-systems~evaluation&order=cluster&value=jaccard",
  );
  // A section of a topic page has its own link.
  await page.goto("/topics/rag-systems");
  await page.getByRole("link", { name: "Copy link to “Discussed together with”" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/topics\/rag-systems#pairs$/);
});

test("the home page's link preview shows the shared view", async ({ page }) => {
  await page.goto("/?zoom=architecture-and-design&topic=rag-systems");
  expect(await page.locator('meta[property="og:image"]').first().getAttribute("content")).toMatch(
    /\/og\/treemap\?zoom=architecture-and-design&topic=rag-systems$/,
  );
  await page.goto("/cooccurrence?cell=rag-systems~evaluation");
  expect(await page.locator('meta[property="og:image"]').first().getAttribute("content")).toMatch(
    /\/og\/heatmap\?cell=rag-systems~evaluation$/,
  );
});

test("embeds render the chart with an attribution and no site navigation", async ({ page }) => {
  await page.goto("/embed/treemap?zoom=costs");
  await page.locator('[data-testid="treemap"][data-ready="true"]').waitFor();
  await expect(page.getByRole("tree")).toHaveCount(1);
  await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
  await expect(page.locator("footer")).toHaveCount(0);
  await expect(page.getByTestId("embed-attribution").getByRole("link")).toHaveAttribute("href", "/?zoom=costs");
  await page.goto("/embed/heatmap?cell=rag-systems~evaluation");
  await expect(page.getByRole("grid")).toHaveCount(1);
  await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
  await expect(page.getByTestId("cell-panel")).toContainText("21 joint videos");
});

test("a version permalink shows that version and links to the current page", async ({ page }) => {
  await page.goto("/changelog");
  const first = page.getByTestId("versions").locator("li").first();
  await expect(first).toContainText("current");
  await first.getByRole("link", { name: /\/v\/.*\/topics\// }).click();
  await expect(page.getByTestId("version-banner")).toContainText("This is the current version.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("RAG Systems");
  await expect(page.getByTestId("video-count")).toHaveText("72");
});
