import { expect, test } from "./fixtures";
import { required } from "../tests/helpers/requirements";

// Through nginx in front (scripts/test.mjs sets FRONT_BASE_URL): pages nginx serves from disk
// and views it serves from its cache run their scripts under their CSP, with no violation,
// and hydrate. A header lost or a hash that does not match the bytes would block a script.
const FRONT = required(process.env.FRONT_BASE_URL || undefined, "FRONT_BASE_URL (nginx in front of the test server)");

for (const [path, servedBy] of [
  ["/topics/rag-systems", "file"],
  ["/about", "file"],
  ["/cooccurrence?cell=rag-systems~evaluation&value=jaccard", "HIT"],
  ["/?zoom=architecture-and-design&topic=rag-systems", "HIT"],
] as const) {
  test(
    `through nginx, ${path} ` + `(${servedBy === "file" ? "from disk" : "from nginx's cache"}) runs ` + `under its CSP`,
    async ({ page, request }) => {
      test.skip(!FRONT, "FRONT_BASE_URL is not set");
      const url = `${FRONT}${path}`;
      if (servedBy === "HIT") {
        // The first request renders the view for the server; then nginx keeps what the server kept.
        await expect
          .poll(async () => (await request.get(url)).headers()["x-kmap-front"], { timeout: 30_000 })
          .toBe("HIT");
      }
      const violations: string[] = [];
      page.on("console", (m) => {
        if (/Content Security Policy|Refused to (execute|load)/i.test(m.text())) violations.push(m.text());
      });
      const response = await page.goto(url);
      expect(response!.headers()["x-kmap-front"]).toBe(servedBy);
      const csp = response!.headers()["content-security-policy"];
      expect(csp).toMatch(/script-src 'self' 'sha256-/);
      expect(csp).not.toMatch(/script-src[^;]*'(unsafe-inline|unsafe-eval|nonce-)/);
      await expect
        .poll(() => page.evaluate(() => typeof (window as unknown as { next?: unknown }).next === "object"))
        .toBe(true);
      await page.waitForLoadState("networkidle");
      expect(violations).toEqual([]);
    },
  );
}

test("through nginx, a prerendered page stays interactive (client code fetches through the front)", async ({
  page,
}) => {
  test.skip(!FRONT, "FRONT_BASE_URL is not set");
  await page.goto(`${FRONT}/topics/rag-systems`);
  await expect(page.getByTestId("citation-text")).toContainText("RAG Systems (topic)");
});
