import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { comparableHeaders, rawGet, type RawResponse } from "../helpers/front";
import { ROOT } from "../helpers/content";
import { required, TEST_BASE_URL } from "../helpers/requirements";

/**
 * nginx in front (npm run serve:nginx; scripts/test.mjs starts it before the suites, in front
 * of the test server): what a client gets through it is what server.mjs alone sends.
 */
const FRONT = required(process.env.FRONT_BASE_URL || undefined, "FRONT_BASE_URL (nginx in front of the test server)");
const SERVER = TEST_BASE_URL;
const PAGE = "/topics/rag-systems";
const VIEW = "/cooccurrence?cell=rag-systems~evaluation&value=jaccard";
const API = "/api/v1/topics";

const both = (path: string, headers: Record<string, string> = {}, method = "GET") =>
  Promise.all([rawGet(`${SERVER}${path}`, headers, method), rawGet(`${FRONT}${path}`, headers, method)]);

function expectSame(server: RawResponse, front: RawResponse) {
  expect(front.status).toBe(server.status);
  expect(comparableHeaders(front)).toEqual(comparableHeaders(server));
  expect(front.body.equals(server.body)).toBe(true);
}

/** Asks until both the server and nginx answer from their caches (the first request renders the view). */
async function untilBothCached(path: string, headers: Record<string, string> = {}) {
  for (let i = 0; i < 80; i++) {
    const [server, front] = await both(path, headers);
    if (server.headers["x-kmap-cache"] === "HIT" && front.headers["x-kmap-cache"] === "HIT") {
      if (front.headers["x-kmap-front"] === "HIT") return [server, front] as const;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${path} is never answered from nginx's cache`);
}

describe.runIf(FRONT && SERVER)("nginx in front: the same bodies and headers as server.mjs alone", () => {
  it("serves a prerendered page from disk: the server's bytes and headers, brotli, gzip or none", async () => {
    for (const encoding of ["br, gzip", "gzip", ""]) {
      const [server, front] = await both(PAGE, encoding ? { "accept-encoding": encoding } : {});
      expect(front.headers["x-kmap-front"]).toBe("file");
      expect(server.headers["x-kmap-cache"]).toBe("HIT");
      expectSame(server, front);
      expect(front.headers["content-encoding"]).toBe(encoding ? encoding.split(",")[0] : undefined);
    }
    const [, front] = await both(PAGE, { "accept-encoding": "br" });
    expect(brotliDecompressSync(front.body).toString("utf8")).toContain("RAG Systems");
    expect(String(front.headers["content-security-policy"])).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  });

  it("adds HSTS behind TLS and answers the page's own ETag with 304, like the server", async () => {
    const [server, front] = await both(PAGE, { "x-forwarded-proto": "https" });
    expectSame(server, front);
    expect(front.headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    const etag = String(front.headers.etag);
    expect(etag).toBe(String(server.headers.etag));
    const [server304, front304] = await both(PAGE, { "if-none-match": etag });
    expect(front304.status).toBe(304);
    expect(server304.status).toBe(304);
    expect(front304.body.length).toBe(0);
  });

  it("serves a shared view and an API read from its cache: the server's kept bytes and headers", async () => {
    for (const path of [VIEW, API]) {
      const [server, front] = await untilBothCached(path, { "accept-encoding": "br, gzip" });
      expectSame(server, front);
      expect(front.headers["cache-control"]).toBe("public, max-age=60, s-maxage=1, stale-while-revalidate=600");
      expect(front.headers["content-encoding"]).toBe("br");
    }
    const [server, front] = await untilBothCached(VIEW, { "accept-encoding": "gzip" });
    expectSame(server, front);
    expect(gunzipSync(front.body).toString("utf8")).toContain("Which topics come up together");
  });

  it("passes a 404 page, an API 404 and 405s through from the server", async () => {
    for (const [path, method] of [
      ["/topics/no-such-topic", "GET"],
      ["/api/v1/topics/no-such-topic", "GET"],
      [PAGE, "POST"],
      [PAGE, "DELETE"],
      [API, "PUT"],
      [PAGE, "TRACE"], // nginx refuses it before any location: handed to the server
    ] as const) {
      const [server, front] = await both(path, {}, method);
      expect(front.headers["x-kmap-front"]).not.toBe("file");
      expect(front.status, `${method} ${path}`).toBe(server.status);
      expect(comparableHeaders(front), `${method} ${path}`).toEqual(comparableHeaders(server));
      if (method === "GET")
        expect(front.body.toString().replace(/nonce="[^"]+"/g, "")).toBe(
          server.body.toString().replace(/nonce="[^"]+"/g, ""),
        );
      else expect(front.body.equals(server.body)).toBe(true);
    }
    const [, notAllowed] = await both(PAGE, {}, "POST");
    expect(notAllowed.status).toBe(405);
    expect(notAllowed.headers.allow).toBe("GET, HEAD, OPTIONS");
  });

  it("leaves Next.js client requests and query strings to the server", async () => {
    const rsc = await rawGet(`${FRONT}${PAGE}`, { rsc: "1" });
    expect(rsc.headers["x-kmap-front"]).toBeUndefined();
    expect(rsc.headers["content-type"] ?? "").not.toContain("text/html");
    const query = await rawGet(`${FRONT}${PAGE}?ref=share`);
    expect(query.headers["x-kmap-front"]).toBeUndefined();
    expect(query.headers["x-kmap-cache"]).toBeUndefined(); // rendered by Next.js, as server.mjs alone does
    expect(query.status).toBe(200);
  });

  it("serves build assets from disk with the server's type, cache and security headers", async () => {
    const chunk = readdirSync(join(ROOT, ".next/static/chunks")).find((f) => f.endsWith(".js"))!;
    const path = `/_next/static/chunks/${chunk}`;
    const [server, front] = await both(path, { "accept-encoding": "br, gzip" });
    expect(front.headers["x-kmap-front"]).toBe("file");
    expect(front.headers["content-encoding"]).toBe("br");
    for (const name of [
      "content-type",
      "cache-control",
      "content-security-policy",
      "x-frame-options",
      "x-content-type-options",
      "referrer-policy",
      "permissions-policy",
    ]) {
      expect(front.headers[name], name).toBe(server.headers[name]);
    }
    const plainServer = await rawGet(`${SERVER}${path}`);
    expect(brotliDecompressSync(front.body).equals(plainServer.body)).toBe(true);
  });
});
