import { expect, test } from "./fixtures";

// The page inlines the rules its HTML uses, fonts included, and links the whole stylesheet after its first paint.
// A second declaration of a face in the linked file would be a second font face to the browser: on a slow network
// the page, painted in the fallback font, would re-lay its text out in Inter when the file arrives (a layout shift).
for (const path of ["/cooccurrence", "/topics/rag-systems", "/"]) {
  test(`${path} declares each font face once, and its linked stylesheet loads`, async ({ page }) => {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    const found = await page.evaluate(() => ({
      faces: [...document.fonts].map((f) => `${f.family} ${f.style} ${f.weight}`),
      inlineFaces: [...document.querySelectorAll("style")].reduce(
        (n, s) => n + (s.textContent?.match(/@font-face\s*\{/g)?.length ?? 0),
        0,
      ),
      linkedRules: [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map(
        (l) => l.sheet?.cssRules.length ?? 0,
      ),
    }));
    expect(found.linkedRules).toHaveLength(1);
    expect(found.linkedRules[0]).toBeGreaterThan(50); // loaded (top-level rules: Tailwind's layers hold the rest)
    expect(found.inlineFaces).toBeGreaterThan(0);
    expect(found.faces).toHaveLength(found.inlineFaces);
    expect(new Set(found.faces).size).toBe(found.faces.length);
  });
}
