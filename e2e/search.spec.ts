import { expect, test, type Page } from "./fixtures";

const field = (page: Page) => page.getByRole("combobox", { name: /search topics/i });
const options = (page: Page) => page.getByRole("listbox", { name: "Search results" }).getByRole("option");

async function waitForHydration(page: Page) {
  // The field is server-rendered; the shortcuts work once React has attached its handlers.
  await expect(field(page)).toHaveAttribute("aria-expanded", "false");
  await page.waitForFunction(() => {
    const input = document.getElementById("site-search");
    return !!input && Object.keys(input).some((k) => k.startsWith("__reactProps"));
  });
}

test("on the map, / focuses the field, “halluc” lists Hallucination first, Enter opens it", async ({ page }) => {
  const indexRequests: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/search-index/")) indexRequests.push(r.url());
  });
  await page.goto("/");
  await waitForHydration(page);
  expect(indexRequests).toEqual([]); // not loaded with the page

  await page.keyboard.press("/");
  await expect(field(page)).toBeFocused();
  await page.keyboard.type("halluc");
  await expect(options(page).first()).toContainText("Hallucination");
  await expect(options(page).first()).toContainText("Topic in Risks & Ethics · 17 videos (9.6%)");
  await expect(options(page).first()).toHaveAttribute("aria-selected", "true");
  await expect(field(page)).toHaveAttribute("aria-expanded", "true");
  await expect(field(page)).toHaveAttribute("aria-activedescendant", "site-search-option-0");
  await expect(options(page).first().locator("mark")).toHaveText("Halluc");
  expect(indexRequests).toHaveLength(1);

  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/topics\/hallucination$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hallucination");
});

test("Ctrl-K opens search from a topic page; results are grouped with the line that says why", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (execute|load|connect)/i.test(m.text())) violations.push(m.text());
  });
  // prerendered: scripts allowed by hash; the lazy chunk and index must load too
  await page.goto("/topics/rag-systems");
  await waitForHydration(page);
  await page.keyboard.press("Control+k");
  await expect(field(page)).toBeFocused();
  await page.keyboard.type("guardrails");
  const first = options(page).first();
  await expect(first).toContainText("Output Verification");
  await expect(first).toContainText("Keyword: guardrails");
  await expect(page.getByRole("group", { name: "Topics" })).toBeVisible();

  await page.keyboard.press("Escape");
  await expect(field(page)).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("listbox")).toHaveCount(0);
  expect(violations).toEqual([]);
});

test("a video id in lower case finds that video first", async ({ page }) => {
  await page.goto("/about");
  await waitForHydration(page);
  await field(page).click();
  await page.keyboard.type("v47");
  await expect(options(page).first()).toContainText("V47");
  await expect(page.getByRole("group").first()).toHaveAccessibleName("Videos");
});

test("keyboard only: arrows move, Enter opens the chosen result, the last option opens /search", async ({ page }) => {
  await page.goto("/");
  await waitForHydration(page);
  await page.keyboard.press("/");
  await page.keyboard.type("prompt injection");
  await expect(options(page).first()).toContainText("Application Security");
  const count = await options(page).count();
  await page.keyboard.press("ArrowDown");
  await expect(options(page).nth(1)).toHaveAttribute("aria-selected", "true");
  await expect(field(page)).toHaveAttribute("aria-activedescendant", "site-search-option-1");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp"); // wraps to the last option: all results
  await expect(options(page).nth(count - 1)).toHaveAttribute("aria-selected", "true");
  await expect(options(page).nth(count - 1)).toContainText("All results for “prompt injection”");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=prompt%20injection$/);
  await expect(page.getByTestId("results-topic")).toContainText("Application Security");

  // From the results page on, by keyboard: Tab to the first result and open it.
  await page.getByTestId("results-topic").getByRole("link").first().focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/topics\/application-security$/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("/search?q=prompt+injection lists Application Security", async ({ page }) => {
    await page.goto("/search?q=prompt+injection");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search: “prompt injection”");
    const topics = page.getByTestId("results-topic");
    await expect(topics.getByRole("link").first()).toHaveText("Application Security");
    await expect(topics.locator("mark").first()).toHaveText(/prompt injection/i);
  });

  test("the header field submits to /search", async ({ page }) => {
    await page.goto("/topics/agents");
    await page.locator("#site-search").fill("halucination");
    await page.locator("#site-search").press("Enter");
    await expect(page).toHaveURL(/\/search\?q=halucination$/);
    await expect(page.getByTestId("results-topic").getByRole("link").first()).toHaveText("Hallucination");
  });

  test("an empty query and one without results get a helpful page", async ({ page }) => {
    await page.goto("/search");
    await expect(page.getByTestId("search-help")).toContainText("All 20 topics");
    await page.goto("/search?q=zzqxv");
    await expect(page.getByTestId("search-summary")).toHaveText("Nothing matches “zzqxv”.");
    await expect(page.getByTestId("search-help").getByRole("link", { name: "RAG Systems" })).toBeVisible();
    await expect(
      page.getByTestId("search-help").getByRole("link", { name: "map of all themes and topics" }),
    ).toBeVisible();
  });

  test("a topic page shows its keywords, each a link to search", async ({ page }) => {
    await page.goto("/topics/application-security");
    const keywords = page.getByTestId("keywords");
    await expect(keywords.getByRole("link", { name: "prompt injection" })).toHaveAttribute(
      "href",
      "/search?q=prompt%20injection",
    );
    await expect(keywords.getByRole("link", { name: "jailbreak" })).toBeVisible();
  });

  test("hostile input is shown as text", async ({ page }) => {
    const hostile = `<img src=x onerror="document.title='pwned'">${"a".repeat(3000)}`;
    const res = await page.goto(`/search?q=${encodeURIComponent(hostile)}`);
    expect(res?.status()).toBe(200);
    await expect(page.locator("img[src=x]")).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("<img src=x");
  });
});

test.describe("at 360 px", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("the field and its results fit the screen", async ({ page }) => {
    // (Topic pages overflow at 360 px by themselves once the cite box hydrates — not search's doing.)
    await page.goto("/");
    await waitForHydration(page);
    await field(page).click();
    await page.keyboard.type("latency");
    await expect(options(page).first()).toContainText("Latency");
    const box = await page.getByRole("listbox").boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
