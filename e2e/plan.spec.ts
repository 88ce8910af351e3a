import { readFileSync } from "node:fs";
import { expect, test, type Page } from "./fixtures";

// Several page loads per test; on a 2-core host shared with other builds they can take a while.
test.describe.configure({ timeout: 90_000 });

/** The ticks need the page's script: wait until it has run (slow on a busy 2-core host). */
async function ticksReady(page: Page) {
  await expect(page.getByTestId("plan-consideration").first().getByRole("checkbox")).toBeEnabled({ timeout: 20_000 });
}

test(
  "pick RAG Systems in the treemap's panel → the plan ranks Evaluation " + "first with 21 and the paper's sentence",
  async ({ page }) => {
    await page.goto("/?zoom=architecture-and-design");
    await page.locator('[data-testid="treemap"][data-ready="true"]').waitFor();
    await page.locator('[data-kind="topic"][data-slug="rag-systems"]').click();
    const panel = page.getByTestId("topic-panel");
    await expect(panel.getByTestId("panel-count")).toHaveText("72");
    await panel.getByRole("link", { name: "Add to plan" }).click();

    await expect(page).toHaveURL(/\/plan\?topics=rag-systems$/);
    await expect(page.getByTestId("plan-picks").getByRole("link", { name: "RAG Systems", exact: true })).toBeVisible();
    const first = page.getByTestId("suggestion").first();
    await expect(first.getByRole("link", { name: "Evaluation" })).toBeVisible();
    await expect(first.getByTestId("suggestion-count")).toHaveText("21");
    await expect(first).toContainText("reported");
    await expect(first.getByTestId("suggestion-evidence")).toContainText(
      "Hence, we observe also that evaluation is often mentioned together " +
        "with RAG-systems, with in total 21 joint videos—the highest number of " +
        "co-occurring topics.",
    );
    // The inconsistent pair is flagged; pairs the paper does not report are listed apart, not ranked.
    await expect(
      page.getByTestId("suggestion").filter({ hasText: "Model Size & Performance" }).getByTestId("pair-note"),
    ).toContainText("Inconsistent in the source.");
    await expect(page.getByTestId("not-reported")).toContainText("No reported evidence either way (7)");
    await expect(page.getByTestId("suggestion")).toHaveCount(12);
    // Lifecycle coverage and quotes.
    await expect(page.getByTestId("phase-covered")).toHaveCount(4);
    await expect(page.getByTestId("phase-uncovered")).toHaveCount(2);
    await expect(page.getByTestId("plan-quotes").getByRole("listitem")).toHaveCount(3);
  },
);

test("a ticked consideration and its note survive a reload; reset clears them", async ({ page }) => {
  await page.goto("/plan?topics=rag-systems");
  await ticksReady(page);
  const box = page.getByRole("checkbox", { name: "Context Management considered" });
  await expect(page.getByTestId("progress-label")).toHaveText("0 of 11 considered");
  await box.check();
  const item = page.getByTestId("plan-consideration").filter({ hasText: "Context Management" });
  await item.getByText("Add a note").click();
  await item.getByRole("textbox", { name: "Note on Context Management" }).fill("Keep the last five turns");
  await expect(page.getByTestId("progress-label")).toHaveText("1 of 11 considered");

  await page.reload();
  await ticksReady(page);
  await expect(page.getByRole("checkbox", { name: "Context Management considered" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Security and Privacy considered" })).not.toBeChecked();
  await expect(page.getByTestId("progress-label")).toHaveText("1 of 11 considered");
  await expect(item.getByRole("textbox", { name: "Note on Context Management" })).toHaveValue(
    "Keep the last five turns",
  );

  // Another plan has its own checklist.
  await page.goto("/plan?topics=rag-systems,fine-tuning");
  await ticksReady(page);
  await expect(page.getByRole("checkbox", { name: "Context Management considered" })).not.toBeChecked();

  await page.goto("/plan?topics=rag-systems");
  await ticksReady(page);
  await page.getByRole("button", { name: "Reset ticks and notes" }).click();
  await expect(page.getByRole("checkbox", { name: "Context Management considered" })).not.toBeChecked();
  await page.reload();
  await ticksReady(page);
  await expect(page.getByRole("checkbox", { name: "Context Management considered" })).not.toBeChecked();
});

test("the downloaded Markdown holds the picks, the tick, the note and absolute links", async ({ page }) => {
  await page.goto("/plan?topics=rag-systems,fine-tuning");
  await ticksReady(page);
  await page.getByRole("checkbox", { name: "Context Management considered" }).check();
  const item = page.getByTestId("plan-consideration").filter({ hasText: "Context Management" });
  await item.getByText("Add a note").click();
  await item.getByRole("textbox", { name: "Note on Context Management" }).fill("Summarise older turns");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-md").click()]);
  expect(download.suggestedFilename()).toBe("llm-plan-rag-systems-fine-tuning.md");
  const md = readFileSync((await download.path())!, "utf8");
  expect(md).toMatch(/^# LLM project plan: RAG Systems, Fine-Tuning$/m);
  expect(md).toMatch(/^- \[ \] \[RAG Systems\]\(https?:\/\/[^)]+\/topics\/rag-systems\)/m);
  expect(md).toMatch(/^- \[ \] \[Fine-Tuning\]\(https?:\/\/[^)]+\/topics\/fine-tuning\)/m);
  expect(md).toMatch(
    new RegExp(
      /^- \[x\] \[Context Management\]\(https?:\/\/[^)]+/.source +
        /\/considerations\/context-management\) — applies through RAG Systems/.source,
      "m",
    ),
  );
  expect(md).toContain("  - Note: Summarise older turns");
  expect(md).toContain("- Progress: 1 of 11 considered");
  expect(md).toContain("## How to cite");
  for (const [, href] of md.matchAll(/\]\(([^)]+)\)/g)) expect(href).toMatch(/^https?:\/\//);
});

test("/plan?topics=nope shows a notice naming the slug, never an error", async ({ page }) => {
  const response = await page.goto("/plan?topics=nope");
  expect(response!.status()).toBe(200);
  await expect(page.getByTestId("url-notice")).toHaveText(
    "The link names a topic that does not exist: “nope”. It was left out of the plan.",
  );
  await expect(page.getByRole("heading", { name: "Plan your LLM project" })).toBeVisible();
});

test("without JavaScript the picker form builds a plan", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/plan");
  await page.getByRole("checkbox", { name: /^RAG Systems/ }).check();
  await page.getByRole("checkbox", { name: /^Latency/ }).check();
  await page.getByRole("button", { name: "Show the plan" }).click();
  // The form sends one parameter per box (topics=rag-systems&topics=latency); the server answers with a 308 to the
  // plan's own link.
  await expect(page).toHaveURL(/\/plan\?topics=rag-systems,latency$/);
  await expect(page.getByTestId("suggestion").first().getByTestId("suggestion-count")).toHaveText("21");
  await expect(page.getByTestId("plan-consideration").first()).toContainText("Performance Optimization");
  await context.close();
});

test("restoring this browser's ticks moves nothing: the controls that need them hold their place", async ({
  browser,
  request,
}) => {
  const url = "/plan?topics=rag-systems,agents";
  // Measured in one installed font: Inter is font-display optional (app/fonts.ts), so on a busy host one of the two
  // loads may paint in the fallback font, which wraps lines differently whatever the ticks do.
  const where = async (page: Page) => {
    await page.addStyleTag({ content: "*{font-family:sans-serif!important}" });
    return page.evaluate(() =>
      ["suggestions", "considerations"].map((id) => Math.round(document.getElementById(id)!.getBoundingClientRect().y)),
    );
  };
  // The page as first painted: scripts on, but none of the page's own loaded yet (they are held back).
  const first = await browser.newContext();
  const before = await first.newPage();
  await before.route(/\/_next\/static\/chunks\/.*\.js$/, (route) => route.abort());
  await before.goto(url);
  await expect(before.getByTestId("download-md")).toBeHidden();
  const painted = await where(before);
  await first.close();
  const hydrated = await browser.newContext();
  const after = await hydrated.newPage();
  await after.goto(url);
  await expect(after.getByTestId("download-md")).toBeVisible();
  await expect(after.getByText("Add a note").first()).toBeVisible();
  expect(await where(after)).toEqual(painted);
  await hydrated.close();
  // Without JavaScript the controls are not shown and the page says why, in a noscript element (Playwright's
  // switch leaves the parser's scripting flag on, so noscript content is checked in the HTML itself).
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(url);
  await expect(plain.getByRole("button", { name: "Reset ticks and notes" })).toBeHidden();
  await expect(plain.getByTestId("download-md")).toBeHidden();
  await noScript.close();
  const html = await (await request.get(url)).text();
  expect(html).toMatch(/<noscript><style>\.needs-script\{display:none\}<\/style><\/noscript>/);
  expect(html).toMatch(/<noscript><span[^>]*>Ticks need JavaScript; they stay in this browser\.<\/span><\/noscript>/);
});

test("the plan's preview image is a 1200×630 PNG and is its og:image", async ({ page, request }) => {
  await page.goto("/plan?topics=rag-systems");
  const og = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(og).toMatch(/\/og\/plan\?topics=rag-systems$/);
  const res = await request.get(new URL(og!).pathname + new URL(og!).search);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("image/png");
  const bytes = await res.body();
  expect(bytes.subarray(1, 4).toString()).toBe("PNG");
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
});

test("a topic page's Add to plan extends the plan last opened", async ({ page }) => {
  await page.goto("/plan?topics=rag-systems");
  await ticksReady(page);
  await page.goto("/topics/latency");
  await page.getByRole("link", { name: "Add to plan" }).click();
  await expect(page).toHaveURL(/\/plan\?topics=rag-systems,latency$/);
  await expect(page.getByTestId("plan-picks").getByRole("link", { name: /^Remove / })).toHaveText(["Remove", "Remove"]);
  await expect(page.getByTestId("plan-picks").getByRole("link", { name: /^(RAG Systems|Latency)$/ })).toHaveText([
    "RAG Systems",
    "Latency",
  ]);
});

test("the checklist works by keyboard", async ({ page }) => {
  await page.goto("/plan?topics=latency");
  await ticksReady(page);
  const box = page.getByRole("checkbox", { name: "Performance Optimization considered" });
  await box.focus();
  await page.keyboard.press("Space");
  await expect(box).toBeChecked();
  await expect(page.getByTestId("progress-label")).toHaveText("1 of 11 considered");
  await page.getByRole("button", { name: "Reset ticks and notes" }).focus();
  await page.keyboard.press("Enter");
  await expect(box).not.toBeChecked();
});
