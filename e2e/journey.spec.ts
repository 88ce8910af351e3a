import { expect, test } from "./fixtures";

// Issue #26, items 1, 2, 3 and 7: the planner speaks search's words, starts from a kind of project, says what to
// look at first and words suggestions by the pair's kind; the home page leads into it.
test.describe.configure({ timeout: 90_000 });

test("typing “guardrails” in the plan's picker offers Output Verification, through the search index", async ({
  page,
}) => {
  await page.goto("/plan");
  const field = page.getByLabel("Find a topic");
  await field.fill("guardrails");
  const list = page.locator("#plan-topic-list");
  const output = list.getByRole("checkbox", { name: /^Output Verification/ });
  await expect(output).toBeVisible();
  await expect(list.locator('[data-topic-slug="output-verification"] [data-topic-why]')).toHaveText(
    "Keyword: guardrails",
  );
  // Topics search does not map the word to are hidden.
  await expect(list.getByRole("checkbox", { name: /^Pricing/ })).toBeHidden();
  await expect(page.locator("#plan-topic-list-status")).toHaveText(/^\d+ of 20 topics match “guardrails”$/);

  await field.fill("vector database");
  await expect(list.getByRole("checkbox", { name: /^RAG Systems/ })).toBeVisible();
  await expect(page.locator("#plan-topic-list-status")).toHaveText("1 of 20 topics match “vector database”");

  // A project word offers our starting point, labelled as ours.
  await field.fill("customer support");
  const preset = page.getByTestId("picker-presets");
  await expect(preset).toContainText("Start from RAG support chatbot (our preset)");
  await preset.getByRole("link", { name: "RAG support chatbot" }).click();
  await expect(page).toHaveURL(/\/plan\?topics=rag-systems,evaluation,prompt-engineering,/);
  await expect(
    page.getByTestId("plan-picks").getByRole("link", { name: "User Interfaces", exact: true }),
  ).toBeVisible();
});

test("/plan offers our presets, each a plan link justified by the paper's reported pairs", async ({ page }) => {
  await page.goto("/plan");
  const presets = page.getByTestId("plan-presets");
  await expect(presets).toContainText("Our presets");
  await expect(presets).toContainText("not the paper's");
  await expect(presets.getByTestId("plan-preset")).toHaveCount(3);
  const agentic = presets.getByTestId("plan-preset").filter({ hasText: "Agentic assistant" });
  await expect(agentic.getByRole("link", { name: "Agentic assistant" })).toHaveAttribute(
    "href",
    "/plan?topics=agents,rag-systems,evaluation,tools-and-landscape",
  );
  await agentic.getByText("4 topics, and why").click();
  await expect(agentic.locator("li").filter({ hasText: "RAG Systems" }).first()).toContainText("alternative to weigh");
  await expect(agentic).toContainText("Agents: 10 joint videos, reported");
});

test("the plan for RAG Systems words Fine-Tuning as an alternative to weigh, as the API's kind says", async ({
  page,
  request,
}) => {
  const api = await (await request.get("/api/v1/plan?topics=rag-systems")).json();
  const fineTuning = api.data.suggestions.find((s: { slug: string }) => s.slug === "fine-tuning");
  expect(fineTuning).toMatchObject({ count: 19, kind: "alternatives", relation: "alternative to weigh" });

  await page.goto("/plan?topics=rag-systems");
  const card = page.locator("#suggestion-fine-tuning");
  await expect(card).toHaveAttribute("data-kind", "alternatives");
  await expect(card.getByTestId("suggestion-relation")).toHaveText("alternative to weigh against RAG Systems");
  await expect(page.locator("#suggestion-evaluation").getByTestId("suggestion-relation")).toHaveText(
    "comes with RAG Systems",
  );
  await expect(page.locator("#suggestion-tools-and-landscape").getByTestId("suggestion-relation")).toHaveText(
    "tooling for RAG Systems",
  );
  // The §IV-B sentence behind seven suggestions is quoted once, with the pairs it supports.
  const row = "Some notable further aspects that come with the development of a RAG system";
  await expect(page.getByTestId("suggestion-evidence").filter({ hasText: row })).toHaveCount(1);
  await expect(page.getByTestId("sentence-supports")).toContainText("This sentence reports 7 of these suggestions");
  await expect(page.getByTestId("sentence-ref")).toHaveCount(6);

  const md = await (await request.get("/plan.md?topics=rag-systems")).text();
  expect(md).toContain("an alternative to weigh against RAG Systems (Alternative Design Choices): 19 joint videos");
});

test("/plan?topics=rag-systems,agents opens on a summary with contents, in the first screen", async ({ page }) => {
  await page.goto("/plan?topics=rag-systems,agents");
  const summary = page.getByTestId("plan-summary");
  await expect(summary).toBeInViewport();
  await expect(summary.getByTestId("summary-companions").getByRole("listitem")).toHaveCount(3);
  await expect(summary.getByTestId("summary-companions").getByRole("listitem").first()).toContainText(
    /^Evaluation\s+comes with\s+RAG Systems · 21 joint videos$/,
  );
  await expect(summary.getByTestId("summary-uncovered")).toContainText("Deployment and Operations");
  await expect(summary.getByTestId("summary-considerations")).toContainText("Context Management");
  const contents = page.getByTestId("plan-contents");
  await expect(contents).toBeInViewport();
  await contents.getByRole("link", { name: "Lifecycle coverage" }).click();
  await expect(page).toHaveURL(/#phases$/);
  await expect(page.locator("#phases")).toBeInViewport();
});

test("/ at 1280×900 shows headline findings and a link into the planner in the first screen", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/");
  const planLink = page.getByTestId("home-actions").getByRole("link", { name: "Plan your LLM project →" });
  await expect(planLink).toBeInViewport({ ratio: 1 });
  await expect(planLink).toHaveAttribute("href", "/plan");
  await expect(page.getByTestId("home-actions").getByRole("link", { name: /^Search/ })).toBeInViewport();
  const headlines = page.getByTestId("headline");
  await expect(headlines).toHaveCount(2);
  await expect(headlines.first()).toBeInViewport();
  await expect(headlines.first()).toContainText("72 videos discuss RAG Systems (40.4%)");
  await expect(headlines.first()).toContainText("Source: Mailach et al., §IV-A1");
  await expect(headlines.nth(1)).toContainText("the highest number of co-occurring topics");
  await expect(headlines.nth(1).getByRole("link", { name: "RAG Systems × Evaluation →" })).toHaveAttribute(
    "href",
    "/cooccurrence?cell=rag-systems~evaluation",
  );
  // Every tile is named beside the map, and a name selects its topic as its tile does.
  const tiles = page.getByTestId("tile-list");
  await expect(tiles.locator("a[data-slug]")).toHaveCount(20);
  await page.locator('[data-testid="treemap"][data-ready="true"]').waitFor();
  await tiles.getByRole("link", { name: /^Pricing/ }).click();
  await expect(page).toHaveURL(/[?&]topic=pricing/);
  await expect(page.getByTestId("topic-panel")).toBeVisible();
});
