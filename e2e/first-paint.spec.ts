import { expect, test } from "./fixtures";

// The framework's scripts are inserted after the page's first contentful paint (server/scripts-after-paint.mjs):
// the browser paints the server's HTML first, then React starts and hydrates. Each page kind that is prerendered,
// kept by the server, or rendered per request (a nonce policy) is checked in Chromium.
for (const path of ["/topics/rag-systems", "/", "/cooccurrence", "/plan?topics=rag-systems,agents", "/changelog"]) {
  test(`${path}: scripts run after the first contentful paint, and the page hydrates`, async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { scriptInsertedAt?: number };
      new MutationObserver((records) => {
        for (const r of records)
          for (const n of r.addedNodes)
            if (
              n instanceof HTMLScriptElement &&
              !n.noModule &&
              n.src.includes("/_next/static/") &&
              w.scriptInsertedAt === undefined
            )
              w.scriptInsertedAt = performance.now();
      }).observe(document, { childList: true, subtree: true });
    });
    const response = await page.goto(path);
    expect(response!.status()).toBe(200);
    const html = await response!.text();
    // The server's HTML fetches no framework script by itself (no tag, no preload): its loader lists them.
    expect(html).not.toMatch(/<script[^>]*src="\/_next\/static\/[^"]+"[^>]*async=""/);
    expect(html).not.toContain('as="script"');
    expect(html).toMatch(/<script data-after-first-paint="\/_next\/static\/chunks\/[^"]+\.js[ "]/);
    await expect
      .poll(() => page.evaluate(() => typeof (window as unknown as { next?: unknown }).next === "object"))
      .toBe(true);
    const { fcp, inserted } = await page.evaluate(() => ({
      fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
      inserted: (window as unknown as { scriptInsertedAt?: number }).scriptInsertedAt,
    }));
    expect(fcp).toBeGreaterThan(0);
    expect(inserted).toBeGreaterThanOrEqual(fcp!);
  });
}

test("Next's error document (no HTML to paint) loads its scripts at once and shows its 404", async ({ page }) => {
  const response = await page.goto("/v/9.9.9/topics/rag-systems");
  expect(response!.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("No such version or entry");
});
