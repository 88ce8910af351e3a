import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findBrotliModule } from "@/scripts/nginx-config";
import { comparableHeaders, rawGet, startFront, type RawResponse } from "../helpers/front";
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
/**
 * What the front really serves from disk to a client that takes brotli: brotli with Debian's
 * brotli_static module, gzip without it (found by the config generator's own rule). `npm test`
 * installs the module as root when apt has it; a machine whose nginx lacks it still passes.
 */
const FRONT_BROTLI = findBrotliModule() !== null;

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

/**
 * A prerendered page from a front's disk: for each Accept-Encoding, the bytes and headers the
 * server sends for the encoding the front can serve (brotli only with the module).
 */
async function expectPageFromDisk(frontBase: string, brotli: boolean) {
  for (const accepted of ["br, gzip", "gzip", ""]) {
    const served = accepted === "br, gzip" ? (brotli ? "br" : "gzip") : accepted || undefined;
    const [server, front] = await Promise.all([
      rawGet(`${SERVER}${PAGE}`, served ? { "accept-encoding": served } : {}),
      rawGet(`${frontBase}${PAGE}`, accepted ? { "accept-encoding": accepted } : {}),
    ]);
    expect(front.headers["x-kmap-front"]).toBe("file");
    expect(server.headers["x-kmap-cache"]).toBe("HIT");
    expectSame(server, front);
    expect(front.headers["content-encoding"], `Accept-Encoding: ${accepted}`).toBe(served);
  }
  const front = await rawGet(`${frontBase}${PAGE}`, { "accept-encoding": "br, gzip" });
  expect((brotli ? brotliDecompressSync : gunzipSync)(front.body).toString("utf8")).toContain("RAG Systems");
  expect(String(front.headers["content-security-policy"])).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
}

/** A build asset from a front's disk: the server's headers, and its bytes in the encoding the front can serve. */
async function expectAssetFromDisk(frontBase: string, brotli: boolean) {
  const chunk = readdirSync(join(ROOT, ".next/static/chunks")).find((f) => f.endsWith(".js"))!;
  const path = `/_next/static/chunks/${chunk}`;
  const [server, front] = await Promise.all([
    rawGet(`${SERVER}${path}`, { "accept-encoding": "br, gzip" }),
    rawGet(`${frontBase}${path}`, { "accept-encoding": "br, gzip" }),
  ]);
  expect(front.headers["x-kmap-front"]).toBe("file");
  expect(front.headers["content-encoding"]).toBe(brotli ? "br" : "gzip");
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
  expect((brotli ? brotliDecompressSync : gunzipSync)(front.body).equals(plainServer.body)).toBe(true);
}

describe.runIf(FRONT && SERVER)("nginx in front: the same bodies and headers as server.mjs alone", () => {
  it("serves a prerendered page from disk: the server's bytes and headers, brotli, gzip or none", async () => {
    await expectPageFromDisk(FRONT!, FRONT_BROTLI);
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

  it("answers a path nginx cannot parse (/%zz) with the server's 400, page or JSON, and security headers", async () => {
    for (const path of ["/%zz", "/api/v1/topics/%zz"]) {
      const [server, front] = await both(path);
      expect(server.status).toBe(400);
      expect(front.status).toBe(400);
      expect(front.body.toString()).toBe(server.body.toString());
      for (const name of [
        "content-type",
        "content-security-policy",
        "x-frame-options",
        "x-content-type-options",
        "cache-control",
      ])
        expect(front.headers[name], `${path}: ${name}`).toBe(server.headers[name]);
    }
    const api = await rawGet(`${FRONT}/api/v1/topics/%zz`);
    expect(JSON.parse(api.body.toString())).toEqual({
      error: { code: "bad_request", message: "The address contains invalid percent-encoding." },
    });
  });

  it("leaves Next.js client requests to the server, and answers a query string on a page with its 308", async () => {
    const rsc = await rawGet(`${FRONT}${PAGE}`, { rsc: "1" });
    expect(rsc.headers["x-kmap-front"]).toBeUndefined();
    expect(rsc.headers["content-type"] ?? "").not.toContain("text/html");
    // The server's 308 to the page itself (lib/domain/views/redirect.ts), sent by nginx with the same headers.
    const [server, front] = await both(`${PAGE}?ref=share`);
    expect(front.headers["x-kmap-front"]).toBe("redirect");
    expect([front.status, front.headers.location]).toEqual([308, PAGE]);
    expect([server.status, server.headers.location]).toEqual([308, PAGE]);
    for (const name of ["content-security-policy", "x-frame-options", "x-content-type-options", "cache-control"])
      expect(front.headers[name], name).toBe(server.headers[name]);
    // A view page's 308: nginx's own with the Lua module, else the server's
    // (tests/front/view-redirect.test.ts compares them).
    const view = await rawGet(`${FRONT}/?zoom=architecture-and-design&utm_source=x`);
    expect([view.status, view.headers.location]).toEqual([308, "/?zoom=architecture-and-design"]);
  });

  it("serves build assets from disk with the server's type, cache and security headers", async () => {
    await expectAssetFromDisk(FRONT!, FRONT_BROTLI);
  });
});

/**
 * The other state: nginx without the brotli_static module (a machine whose nginx came without
 * it). Whenever the module is installed, a second front is started with it switched off
 * (KMAP_NGINX_BROTLI_MODULE=""); without the module, the front above is already this state.
 */
describe.runIf(FRONT && SERVER && FRONT_BROTLI)("nginx in front without the brotli module: gzip from disk", () => {
  let gzipOnly: { base: string; stop: () => Promise<void> } | undefined;
  beforeAll(async () => {
    gzipOnly = await startFront(new URL(SERVER!).host, mkdtempSync(join(tmpdir(), "kmap-front-gzip-")), {
      ...process.env,
      KMAP_NGINX_BROTLI_MODULE: "",
    });
  }, 240_000);
  afterAll(() => gzipOnly?.stop());

  it("serves a prerendered page from disk as gzip to a client that takes brotli: the server's gzip bytes", async () => {
    await expectPageFromDisk(gzipOnly!.base, false);
  });

  it("serves build assets from disk as gzip, with the server's headers", async () => {
    await expectAssetFromDisk(gzipOnly!.base, false);
  });
});
