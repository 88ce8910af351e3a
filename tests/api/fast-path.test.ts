import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { request } from "node:http";
import { beforeAll, describe, expect, it } from "vitest";
import { waitForFastPath } from "../../scripts/lib/next-server";
import { inlineScriptHashes } from "../../server/csp-inline.mjs";
import { TEST_BASE_URL } from "../helpers/requirements";

const BASE = TEST_BASE_URL;
const PAGE = "/topics/rag-systems";
const SECURITY = [
  "content-security-policy",
  "x-frame-options",
  "x-content-type-options",
  "referrer-policy",
  "permissions-policy",
  "vary",
  "etag",
  "content-type",
  "cache-control",
];

/** Raw HTTP (fetch would decompress and hide Content-Encoding). */
function get(
  path: string,
  headers: Record<string, string> = {},
  method = "GET",
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
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
    // A Next.js client header always goes to Next.js (a query string is a 308 to the page: tests/api/links.test.ts);
    // without `rsc` Next.js still answers the document.
    const viaNext = await get(PAGE, { "next-url": PAGE });
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
    expect(fast.headers["strict-transport-security"]).toBe(
      (await get(PAGE, { "next-url": PAGE, "x-forwarded-proto": "https" })).headers["strict-transport-security"],
    );
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

  it("answers an unknown entry of a prerendered kind with the one 404 page it keeps", async () => {
    // What Next.js answers for a path no route knows (rendered per request, with a nonce) ...
    const next = await get("/no-such-page", { "accept-encoding": "identity" });
    expect(next.status).toBe(404);
    expect(next.headers["x-kmap-cache"]).toBeUndefined();
    const nonce = /'nonce-([^']+)'/.exec(String(next.headers["content-security-policy"]))![1];
    const nextHtml = next.body.toString("utf8").replaceAll(` nonce="${nonce}"`, "");
    // ... is what an unknown topic, theme, phase, consideration or video gets from memory, with hashes.
    for (const path of [
      "/topics/no-such-topic",
      "/themes/no-such-theme",
      "/phases/no-such-phase",
      "/considerations/no-such-consideration",
      "/videos/V100000",
      "/topics/no-such-topic?utm_source=x",
    ]) {
      const unknown = await get(path, { "accept-encoding": "identity" });
      expect(unknown.status, path).toBe(404);
      expect(unknown.headers["x-kmap-cache"], path).toBe("HIT");
      expect(unknown.headers["cache-control"], path).toContain("no-store");
      const csp = String(unknown.headers["content-security-policy"]);
      expect(csp, path).not.toContain("'nonce-");
      const html = unknown.body.toString("utf8");
      expect(html, path).toBe(nextHtml);
      expect(html, path).toContain("Page not found");
      for (const hash of inlineScriptHashes(html)) expect(csp, path).toContain(hash);
      const br = await get(path, { "accept-encoding": "br" });
      expect(br.status).toBe(404);
      expect(brotliDecompressSync(br.body).toString("utf8")).toBe(html);
      const head = await get(path, {}, "HEAD");
      expect(head.status).toBe(404);
      expect(head.body.length).toBe(0);
    }
    // Not unknown entries: an old slug (next.config's redirect), a case variant (the proxy's), a percent-encoded
    // slug, the payload of a client-side navigation — all Next.js's.
    const old = await get("/themes/monitoring");
    expect([old.status, old.headers.location]).toEqual([308, "/themes/monitoring-and-observability"]);
    const upper = await get("/topics/RAG-Systems");
    expect([upper.status, upper.headers.location]).toEqual([308, "/topics/rag-systems"]);
    const encoded = await get("/topics/rag%2Dsystems");
    expect(encoded.status).toBe(200);
    expect(encoded.headers["x-kmap-cache"]).toBeUndefined();
    const navigation = await get("/topics/no-such-topic", { rsc: "1" });
    expect(navigation.headers["x-kmap-cache"]).toBeUndefined();
    expect(navigation.headers["content-type"] ?? "").not.toContain("text/html");
  });

  it("links, after the first paint, the whole stylesheet without the fonts the inline one declares", async () => {
    for (const path of [PAGE, "/cooccurrence", "/changelog"]) {
      const html = (await get(path, { "accept-encoding": "identity" })).body.toString("utf8");
      const href = /<link rel="stylesheet" href="([^"]+)"><\/body>/.exec(html)?.[1];
      expect(href, path).toMatch(/^\/_next\/static\/chunks\/[^/]+\.linked\.css$/);
      const inline = /<style[^>]*data-href="[^"]+"[^>]*>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? "";
      expect(inline, path).toContain("@font-face{");
      const css = await get(href!, { "accept-encoding": "identity" });
      expect(css.status, href).toBe(200);
      expect(css.headers["content-type"], href).toContain("text/css");
      expect(css.headers["cache-control"], href).toContain("immutable");
      const text = css.body.toString("utf8");
      expect(text, href).not.toContain("@font-face");
      expect(text.length, href).toBeGreaterThan(40_000); // every rule of the site
    }
  });

  it("leaves client-side navigation (RSC) and per-request pages to Next.js", async () => {
    const rsc = await get(PAGE, { rsc: "1" });
    expect(rsc.headers["x-kmap-cache"]).toBeUndefined();
    // Next.js answers with (or redirects to) its RSC payload
    expect(rsc.headers["content-type"] ?? "").not.toContain("text/html");
    // A view that is not its own canonical URL (an unknown theme) is never rendered: a 308 to the view it falls
    // back to (tests/api/links.test.ts).
    for (let i = 0; i < 3; i++) {
      const junk = await get("/?zoom=no-such-theme");
      expect(junk.status).toBe(308);
      expect(junk.headers.location).toBe("/#link=zoom=no-such-theme");
      expect(junk.headers["x-kmap-cache"]).toBeUndefined();
      expect(junk.body.length).toBe(0);
    }
  });
});

/** Asks until the server answers from memory (the first request renders the view for the cache). */
async function untilHit(path: string, headers: Record<string, string> = {}) {
  for (let i = 0; i < 60; i++) {
    const res = await get(path, headers);
    if (res.headers["x-kmap-cache"] === "HIT") return res;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${path} is never answered from memory`);
}

describe.runIf(BASE)("server.mjs answers shared views and API reads from memory once rendered", () => {
  it("keeps a canonical treemap view with the hashes of its own inline scripts instead of a nonce", async () => {
    const view = "/?zoom=architecture-and-design&topic=rag-systems";
    const hit = await untilHit(view);
    const html = hit.body.toString("utf8");
    expect(html).toContain("RAG Systems");
    expect(html).not.toMatch(/<script[^>]* nonce=/);
    const csp = String(hit.headers["content-security-policy"]);
    expect(csp).not.toContain("'nonce-");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    for (const hash of inlineScriptHashes(html)) expect(csp).toContain(hash);
    expect(hit.headers["cache-control"]).toBe("public, max-age=60, s-maxage=1, stale-while-revalidate=600");
    expect(hit.headers.etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(hit.headers["x-frame-options"]).toBe("DENY");
    const again = await get(view, { "if-none-match": String(hit.headers.etag) });
    expect(again.status).toBe(304);
    const br = await get(view, { "accept-encoding": "br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.body).equals(hit.body)).toBe(true);
    const https = await get(view, { "x-forwarded-proto": "https" });
    expect(https.headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  });

  it("keeps a canonical heatmap view and API reads, never unknown entries", async () => {
    const heat = await untilHit("/cooccurrence?cell=rag-systems~evaluation&value=jaccard");
    expect(heat.body.toString("utf8")).toContain("Which topics come up together");
    const api = await untilHit("/api/v1/topics");
    expect(JSON.parse(api.body.toString("utf8")).data).toHaveLength(20);
    expect(api.headers["content-type"]).toContain("application/json");
    // Search queries and plans live in their own, smaller LRU (server/view-cache.mjs, viewSpace).
    const search = await untilHit("/search?q=evaluation");
    expect(search.body.toString("utf8")).toContain("Evaluation");
    for (let i = 0; i < 3; i++) {
      const missing = await get("/api/v1/topics/no-such-topic");
      expect(missing.status).toBe(404);
      expect(missing.headers["x-kmap-cache"]).toBeUndefined();
      await new Promise((r) => setTimeout(r, 300));
    }
  });
});
