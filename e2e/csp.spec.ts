import { expect, test } from "@playwright/test";

// Every page runs its scripts under a CSP without 'unsafe-inline': prerendered pages by
// hash, per-request pages by nonce. A blocked script would show up as a console error and
// as a page that never becomes interactive.
for (const path of ["/", "/topics/rag-systems", "/themes/costs", "/phases/dataset-construction", "/videos/V105", "/about", "/cooccurrence?cell=rag-systems~evaluation", "/changelog", "/embed/treemap", "/topics/nope", "/plan?topics=rag-systems", "/considerations/context-management"]) {
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
    await expect.poll(() => page.evaluate(() => typeof (window as unknown as { next?: unknown }).next === "object")).toBe(true);
    await page.waitForLoadState("networkidle");
    expect(violations).toEqual([]);
  });
}

test("a static page stays interactive under its hash-based policy", async ({ page }) => {
  const response = await page.goto("/topics/rag-systems");
  expect(response!.headers()["content-security-policy"]).toContain("'sha256-");
  await expect(page.getByTestId("citation-text")).toContainText("RAG Systems (topic)"); // fetched by client code
});
