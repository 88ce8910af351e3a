import { expect, test, type Page } from "./fixtures";
import { mkdirSync } from "node:fs";

// Screenshots for review: test-results is Playwright's own output folder.
const SHOTS = "test-results/citable";
mkdirSync(SHOTS, { recursive: true });

function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (execute|load|connect|apply)/i.test(m.text())) violations.push(m.text());
  });
  return violations;
}

test("/api renders the OpenAPI document with Redoc under the CSP, without any violation", async ({ page }) => {
  test.setTimeout(120_000); // a 2.3 MB bundle, on a shared 2-core host
  const violations = watchCsp(page);
  const requested: string[] = [];
  page.on("request", (r) => requested.push(r.url()));
  // Redoc's bundle announces itself in the console once it runs (hydrates the server-rendered page).
  const started = page.waitForEvent("console", { predicate: (m) => m.text().includes("Redoc"), timeout: 60_000 });
  const response = await page.goto("/api", { waitUntil: "domcontentloaded" });
  expect(response!.headers()["content-security-policy"]).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("LLM Engineering Knowledge Map API");
  // Every operation of the document is in the sidebar, by its summary.
  const doc = (await (await page.request.get("/api/v1/openapi.json")).json()) as {
    paths: Record<string, Record<string, { summary: string }>>;
  };
  const operations = Object.values(doc.paths).flatMap((item) => Object.entries(item));
  expect(operations.map(([method]) => method)).toEqual(expect.arrayContaining(["get", "post", "put", "delete"]));
  for (const [method, { summary }] of operations) {
    // The sidebar link's name is the summary and the method.
    await expect(page.getByRole("link", { name: `${summary} ${method}`, exact: true })).toBeVisible();
  }
  await started;
  await page.waitForLoadState("networkidle");
  expect(violations).toEqual([]);
  const origin = new URL(page.url()).origin;
  expect(requested.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith("data:"))).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/api-1280-light.png` });
});

test("/api without JavaScript: the reference is in the HTML", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/api");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("LLM Engineering Knowledge Map API");
  await expect(
    page.getByRole("link", { name: "One topic with summary, quotes, phases and known pairs" }),
  ).toBeVisible();
  await context.close();
});

test("/api at 390 px in dark mode", async ({ page }) => {
  const violations = watchCsp(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: "dark" });
  test.setTimeout(120_000);
  await page.goto("/api", { waitUntil: "domcontentloaded" });
  await expect(page.getByRole("heading", { level: 1 })).toContainText("LLM Engineering Knowledge Map API");
  // Redoc's colour-mode script (/api/docs/color-mode.js) follows the system setting.
  await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains("dark"))).toBe(true);
  await page.waitForLoadState("networkidle");
  expect(violations).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SHOTS}/api-390-dark.png` });
});

test("/topics lists all 20 topics by theme, with counts; light 1280 and dark 390", async ({ page }) => {
  const violations = watchCsp(page);
  await page.goto("/topics");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("All 20 topics");
  await expect(page.getByTestId("topics-index").locator("li")).toHaveCount(20);
  await expect(page.getByTestId("topic-rag-systems")).toContainText("72 videos · 40.4%");
  await page.screenshot({ path: `${SHOTS}/topics-1280-light.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/themes");
  await expect(page.getByTestId("themes-index").locator(":scope > li")).toHaveCount(8);
  await expect(page.getByTestId("theme-evaluation")).toContainText("50 videos · 28.1%");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SHOTS}/themes-390-dark.png`, fullPage: true });
  expect(violations).toEqual([]);
});

test("a versioned permalink has the Cite box, which cites that version", async ({ page }) => {
  const violations = watchCsp(page);
  await page.goto("/v/1.2.0/topics/rag-systems");
  await expect(page.getByTestId("version-banner")).toContainText("dataset version 1.2.0");
  await expect(page.getByTestId("newer-version")).toContainText("A newer version exists: 1.3.0.");
  await expect(page.getByTestId("newer-version").getByRole("link", { name: "1.3.0" })).toHaveAttribute(
    "href",
    "/v/1.3.0/topics/rag-systems",
  );
  const cite = page.getByTestId("cite-control");
  await cite.getByRole("button", { name: "BibTeX" }).click();
  await expect(page.getByTestId("citation-text")).toContainText("@misc{kmap_topic_rag_systems_v1_2_0,");
  await expect(page.getByTestId("citation-text")).toContainText("/v/1.2.0/topics/rag-systems");
  await page.goto("/v/1.2.0/videos/V32");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Video V32");
  const missing = await page.goto("/v/9.9.9/topics/rag-systems");
  expect(missing!.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("No such version or entry");
  await expect(page.locator("main")).toContainText("Dataset versions that exist: 1.3.0, 1.2.0, 1.1.0, 1.0.0.");
  expect(violations).toEqual([]);
});

test("footer and /about state the licence and link the data package", async ({ page }) => {
  await page.goto("/about");
  await expect(page.getByTestId("licence")).toContainText("CC BY 4.0");
  await expect(page.getByTestId("about-licence")).toContainText("Creative Commons Attribution 4.0 International");
  await page.getByTestId("footer-data-package").click();
  await expect(page).toHaveURL(/\/data\/1\.3\.0\/datapackage\.json$/);
});
