import { expect, test, type Page } from "./fixtures";

// Several page loads in two browser contexts; on a 2-core host shared with other builds they can take a while.
test.describe.configure({ timeout: 120_000 });

async function ticksReady(page: Page) {
  await expect(page.getByTestId("plan-consideration").first().getByRole("checkbox")).toBeEnabled({ timeout: 20_000 });
}

const item = (page: Page, slug: string) => page.locator(`[data-testid="layer-item"][data-slug="${slug}"]`);

test("a plan saved as a team plan opens in another browser with the same decisions; an edit there shows here", async ({
  page,
  browser,
}) => {
  // 1. Decide on /plan (ticks and a note in this browser), then save it as a team plan.
  await page.goto("/plan?topics=rag-systems");
  await ticksReady(page);
  await page.getByRole("checkbox", { name: "RAG Systems done" }).check();
  await page.getByRole("checkbox", { name: "Context Management considered" }).check();
  const cm = page.getByTestId("plan-consideration").filter({ hasText: "Context Management" });
  await cm.getByText("Add a note").click();
  await cm.getByRole("textbox", { name: "Note on Context Management" }).fill("Keep the last <b>five</b> turns");
  await page.getByTestId("save-team-plan").click();
  await expect(page).toHaveURL(/\/layers\/[A-Za-z0-9_-]{24}\/edit#token=[A-Za-z0-9_-]{24}$/, { timeout: 20_000 });
  const editUrl = page.url();
  const readPath = new URL(editUrl).pathname.replace(/\/edit$/, "");
  await expect(page.getByTestId("layer-editor")).toBeVisible();

  // 2. Another browser context (no shared storage) opens the read link: the same decisions and note, as text.
  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto(readPath);
  await expect(item(second, "rag-systems").locator("[data-status]")).toHaveAttribute("data-status", "addressed");
  await expect(item(second, "context-management").locator("[data-status]")).toHaveAttribute("data-status", "addressed");
  await expect(item(second, "context-management").getByTestId("layer-note")).toHaveText(
    "Keep the last <b>five</b> turns",
  );
  await expect(item(second, "security-and-privacy").locator("[data-status]")).toHaveAttribute("data-status", "todo");
  // The treemap overlay colours the decided topic (addressed) and leaves the others pale.
  const tile = (slug: string) =>
    second.locator(`[data-testid="layer-treemap"] [data-kind="topic"][data-slug="${slug}"] rect`).first();
  await expect(tile("rag-systems")).toHaveAttribute("fill", "#047857");
  await expect(tile("fine-tuning")).toHaveAttribute("fill", "#e2e8f0");
  await expect(second.getByTestId("layer-treemap")).toContainText("Accepted risk");
  // The heatmap overlay: the decided topic heads the rows, its header says its decision, its group's band takes
  // the treemap's colour for the status, and the legend names the rows of each group.
  const heatmap = second.getByTestId("layer-heatmap");
  await expect(heatmap.getByRole("rowheader").first()).toHaveAttribute("aria-label", "RAG Systems — addressed");
  await expect(heatmap.getByRole("rowheader").nth(1)).toHaveAttribute("aria-label", /— not in this plan$/);
  await expect(heatmap.locator('rect[fill="#047857"]')).toHaveCount(2);
  await expect(heatmap.getByTestId("layer-heatmap-legend").locator('[data-status="addressed"]')).toHaveText(
    "Addressed(row 1)",
  );
  await expect(heatmap.getByTestId("layer-heatmap-legend").locator('[data-status="none"]')).toHaveText(
    "Not in this plan(rows 2–20)",
  );
  // The preview image is the current revision's.
  const preview = second.locator('meta[property="og:image"]');
  await expect(preview).toHaveAttribute("content", new RegExp(`${readPath.replace("/layers/", "/og/layer/")}\\?r=1$`));

  // 3. There, through the edit link, mark a risk as accepted with an owner, and save.
  await second.goto(editUrl);
  await expect(second.getByTestId("layer-editor")).toBeVisible({ timeout: 20_000 });
  await second.getByRole("combobox", { name: "Status of Security and Privacy" }).selectOption("accepted-risk");
  await second.getByRole("textbox", { name: "Owner of Security and Privacy" }).fill("Ana");
  await second.getByTestId("save-layer").click();
  await expect(second.getByTestId("save-status")).toHaveText("Saved as revision 2.");
  await other.close();

  // 4. The first browser reloads the read view and sees it at once.
  await page.goto(readPath);
  await expect(page.getByTestId("layer-page")).toHaveAttribute("data-revision", "2");
  await expect(item(page, "security-and-privacy").locator("[data-status]")).toHaveAttribute(
    "data-status",
    "accepted-risk",
  );
  await expect(item(page, "security-and-privacy").getByTestId("layer-owner")).toHaveText("Owner: Ana");
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", /\?r=2$/);
  await page.reload();
  await expect(item(page, "security-and-privacy").getByTestId("layer-owner")).toHaveText("Owner: Ana");
});

test("the edit view without a token says so and cannot save", async ({ page, request }) => {
  const res = await request.post("/api/v1/layers", {
    data: {
      format: "kmap-layer",
      formatVersion: 1,
      name: "No token",
      datasetVersion: "1.3.0",
      items: [{ kind: "topic", slug: "rag-systems", status: "todo" }],
    },
  });
  expect(res.status()).toBe(201);
  const { data } = (await res.json()) as { data: { readUrl: string } };
  await page.goto(`${data.readUrl}/edit`);
  await expect(page.getByTestId("no-token")).toBeVisible();
  await expect(page.getByTestId("save-layer")).toHaveCount(0);
});

test("two team plans compare side by side: what differs, what one addressed and the other left open", async ({
  page,
  request,
}) => {
  const make = async (status: "addressed" | "todo") => {
    const res = await request.post("/api/v1/layers", {
      data: {
        format: "kmap-layer",
        formatVersion: 1,
        name: `Plan ${status}`,
        datasetVersion: "1.3.0",
        items: [
          { kind: "topic", slug: "rag-systems", status },
          { kind: "consideration", slug: "security-and-privacy", status: "accepted-risk" },
        ],
      },
    });
    expect(res.status()).toBe(201);
    return ((await res.json()) as { data: { id: string } }).data.id;
  };
  const [a, b] = [await make("addressed"), await make("todo")];
  await page.goto(`/layers/${a}`);
  await page.getByLabel("Compare with the team plan").fill(b);
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(new RegExp(`/layers/compare\\?a=${a}&b=${b}$`));
  const rag = page.locator('[data-testid="compare-row"][data-slug="rag-systems"]');
  await expect(rag).toHaveAttribute("data-differs", "true");
  await expect(rag).toContainText("addressed in A only");
  await expect(page.locator('[data-testid="compare-row"][data-slug="security-and-privacy"]')).toHaveAttribute(
    "data-differs",
    "false",
  );
  await expect(page.getByTestId("compare-markdown")).toHaveAttribute("href", `/layers/compare.md?a=${a}&b=${b}`);

  // The same plan against the evidence alone: RAG Systems (the most videos) agrees with "addressed"; Evaluation,
  // the strongest pair with RAG Systems (21 joint videos), is high evidence the plan leaves untouched.
  await page.getByRole("link", { name: "A: Plan addressed" }).click();
  await page.getByTestId("compare-evidence-link").click();
  await expect(page).toHaveURL(new RegExp(`/layers/compare\\?a=${a}&b=evidence$`));
  const row = (slug: string) => page.locator(`[data-testid="compare-row"][data-slug="${slug}"]`);
  await expect(row("rag-systems")).toHaveAttribute("data-verdict", "agree");
  await expect(row("evaluation")).toHaveAttribute("data-verdict", "open-high-evidence");
  await expect(row("evaluation")).toContainText("high evidence, left open in the plan");
  await expect(row("evaluation").getByRole("cell").last()).toContainText(
    "suggestion #1: 21 joint videos with RAG Systems",
  );
  await expect(page.getByTestId("compare-markdown")).toHaveAttribute("href", `/layers/compare.md?a=${a}&b=evidence`);
});
