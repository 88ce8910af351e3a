import { expect, test } from "./fixtures";

// Every page runs its scripts under a CSP without 'unsafe-inline': prerendered pages by
// hash, per-request pages by nonce. A blocked script would show up as a console error and
// as a page that never becomes interactive.
for (const path of [
  "/",
  "/topics/rag-systems",
  "/themes/costs",
  "/phases/dataset-construction",
  "/videos/V105",
  "/about",
  "/cooccurrence?cell=rag-systems~evaluation",
  "/changelog",
  "/embed/treemap",
  "/topics/nope",
  "/search?q=prompt+injection",
  "/plan?topics=rag-systems",
  "/considerations/context-management",
]) {
  test(`${path} runs its scripts under the CSP with no violation`, async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to (execute|load)/i.test(m.text())) violations.push(m.text());
    });
    const response = await page.goto(path);
    const csp = response!.headers()["content-security-policy"];
    expect(csp).toMatch(/script-src 'self' ('sha256-|'nonce-)/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    // Hydrated: React has attached to the page (a client-only marker appears).
    await expect
      .poll(() => page.evaluate(() => typeof (window as unknown as { next?: unknown }).next === "object"))
      .toBe(true);
    await page.waitForLoadState("networkidle");
    expect(violations).toEqual([]);
  });
}

test("a static page stays interactive under its hash-based policy", async ({ page }) => {
  const response = await page.goto("/topics/rag-systems");
  expect(response!.headers()["content-security-policy"]).toContain("'sha256-");
  await expect(page.getByTestId("citation-text")).toContainText("RAG Systems (topic)"); // fetched by client code
});

test("a shared view kept in memory runs under the hashes of its own scripts", async ({ page, request }) => {
  const view = "/cooccurrence?cell=rag-systems~evaluation&value=jaccard";
  // The first request renders the view for the server's memory; wait until it answers from there.
  await expect.poll(async () => (await request.get(view)).headers()["x-kmap-cache"], { timeout: 20_000 }).toBe("HIT");
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(m.text())) violations.push(m.text());
  });
  const response = await page.goto(view);
  expect(response!.headers()["x-kmap-cache"]).toBe("HIT");
  expect(response!.headers()["content-security-policy"]).not.toContain("'nonce-");
  await expect
    .poll(() => page.evaluate(() => typeof (window as unknown as { next?: unknown }).next === "object"))
    .toBe(true);
  await page.waitForLoadState("networkidle");
  // Interactive: the selected cell's panel is there and the ordering can change.
  await expect(page.getByText("Evaluation").first()).toBeVisible();
  expect(violations).toEqual([]);
});
