import { describe, expect, it } from "vitest";
import { TEST_BASE_URL } from "../helpers/requirements";

const BASE = TEST_BASE_URL;

describe.runIf(BASE)("security headers", () => {
  it("every kind of response carries them", async () => {
    for (const path of [
      "/",
      "/topics/rag-systems",
      "/api/v1/topics",
      "/api/v1/nope",
      "/topics/nope",
      "/og/topic/rag-systems",
      "/embed/treemap",
    ]) {
      const res = await fetch(`${BASE}${path}`, { redirect: "manual" });
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(res.headers.get("referrer-policy"), path).toBe("strict-origin-when-cross-origin");
      expect(res.headers.get("permissions-policy"), path).toContain("camera=()");
      expect(res.headers.get("x-powered-by"), path).toBeNull();
    }
  });
  it(
    "allows scripts by hash on prerendered pages and by nonce on " + "per-request pages, never 'unsafe-inline'",
    async () => {
      const staticPage = await fetch(`${BASE}/topics/rag-systems`);
      const staticCsp = staticPage.headers.get("content-security-policy")!;
      expect(staticCsp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
      expect(staticCsp).toContain("frame-ancestors 'none'");
      // The changelog is rendered per request (a shared view is kept once rendered: hashes, like a prerendered page).
      const dynamicPage = await fetch(`${BASE}/changelog`);
      const dynamicCsp = dynamicPage.headers.get("content-security-policy")!;
      const nonce = /'nonce-([^']+)'/.exec(dynamicCsp)![1];
      const html = await dynamicPage.text();
      const scripts = html.match(/<script\b[^>]*>/g)!.filter((s) => !s.includes("application/ld+json"));
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.every((s) => s.includes(`nonce="${nonce}"`))).toBe(true);
      // A fresh nonce per request.
      const again = (await fetch(`${BASE}/changelog`)).headers.get("content-security-policy")!;
      expect(again).not.toContain(nonce);
      const embed = (await fetch(`${BASE}/embed/heatmap`)).headers.get("content-security-policy")!;
      expect(embed).toContain("frame-ancestors *");
      for (const csp of [staticCsp, dynamicCsp, embed]) {
        expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
        expect(csp).toContain("object-src 'none'");
      }
    },
  );

  it("sends HSTS only over HTTPS", async () => {
    const plain = await fetch(`${BASE}/topics/rag-systems`);
    expect(plain.headers.get("strict-transport-security")).toBeNull();
    const behindTls = await fetch(`${BASE}/topics/rag-systems`, { headers: { "x-forwarded-proto": "https" } });
    expect(behindTls.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
  });
  it("malformed percent-encoding is a 400, not a 500", async () => {
    const page = await fetch(`${BASE}/topics/%E0%A4%A`);
    expect(page.status).toBe(400);
    expect(await page.text()).toContain("invalid percent-encoding");
    const api = await fetch(`${BASE}/api/v1/topics/%`);
    expect(api.status).toBe(400);
    expect((await api.json()).error.code).toBe("bad_request");
  });
});
