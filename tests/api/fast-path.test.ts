import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { request } from "node:http";
import { beforeAll, describe, expect, it } from "vitest";
import { waitForFastPath } from "../../scripts/lib/next-server";

import { TEST_BASE_URL } from "../helpers/requirements";

const BASE = TEST_BASE_URL;
const PAGE = "/topics/rag-systems";
const SECURITY = ["content-security-policy", "x-frame-options", "x-content-type-options", "referrer-policy", "permissions-policy", "vary", "etag", "content-type", "cache-control"];

/** Raw HTTP (fetch would decompress and hide Content-Encoding). */
function get(path: string, headers: Record<string, string> = {}, method = "GET"): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${BASE}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe.runIf(BASE)("server.mjs answers prerendered pages from memory", () => {
  beforeAll(() => waitForFastPath(BASE!, PAGE));

  it("with the very bytes and headers Next.js sends for the page", async () => {
    const fast = await get(PAGE);
    const viaNext = await get(`${PAGE}?via=next`); // a query string always goes to Next.js
    expect(fast.headers["x-kmap-cache"]).toBe("HIT");
    expect(viaNext.headers["x-kmap-cache"]).toBeUndefined();
    expect(fast.status).toBe(200);
    expect(fast.body.equals(viaNext.body)).toBe(true);
    expect(fast.body.toString()).toContain("RAG Systems");
    for (const h of SECURITY) expect(fast.headers[h], h).toEqual(viaNext.headers[h]);
    expect(fast.headers["content-security-policy"]).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(fast.headers["strict-transport-security"]).toBeUndefined();
  });

  it("adds HSTS behind a TLS proxy, like the proxy does for Next.js", async () => {
    const fast = await get(PAGE, { "x-forwarded-proto": "https" });
    expect(fast.headers["x-kmap-cache"]).toBe("HIT");
    expect(fast.headers["strict-transport-security"]).toBe((await get(`${PAGE}?via=next`, { "x-forwarded-proto": "https" })).headers["strict-transport-security"]);
    expect(fast.headers["strict-transport-security"]).toContain("max-age=");
  });

  it("compresses with brotli or gzip as the client accepts, to the same page", async () => {
    const plain = (await get(PAGE)).body;
    const br = await get(PAGE, { "accept-encoding": "gzip, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.body).equals(plain)).toBe(true);
    expect(br.body.length).toBeLessThan(plain.length / 4);
    const gz = await get(PAGE, { "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).equals(plain)).toBe(true);
    expect(Number(gz.headers["content-length"])).toBe(gz.body.length);
  });

  it("answers conditional requests with 304 and HEAD without a body", async () => {
    const etag = (await get(PAGE)).headers.etag as string;
    const cached = await get(PAGE, { "if-none-match": etag });
    expect(cached.status).toBe(304);
    expect(cached.body.length).toBe(0);
    const head = await get(PAGE, {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers["content-length"])).toBeGreaterThan(10_000);
  });

  it("leaves client-side navigation (RSC) and unknown or per-request pages to Next.js", async () => {
    const rsc = await get(PAGE, { rsc: "1" });
    expect(rsc.headers["x-kmap-cache"]).toBeUndefined();
    expect(rsc.headers["content-type"] ?? "").not.toContain("text/html"); // Next.js answers with (or redirects to) its RSC payload
    const unknown = await get("/topics/no-such-topic");
    expect(unknown.status).toBe(404);
    expect(unknown.headers["x-kmap-cache"]).toBeUndefined();
    const home = await get("/");
    expect(home.headers["x-kmap-cache"]).toBeUndefined();
    expect(home.headers["content-security-policy"]).toMatch(/'nonce-/);
  });
});
