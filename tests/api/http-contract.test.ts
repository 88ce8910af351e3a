import { request as httpRequest } from "node:http";
import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import { TEST_BASE_URL } from "../helpers/requirements";
import { ENTRY_READ_HEADER, ENTRY_READ_ROUTE } from "@/server/entry-reads.mjs";
import { apiNotFoundMessage } from "@/server/http-guard.mjs";

const BASE = TEST_BASE_URL;

/** A raw request (fetch refuses TRACE and CONNECT). */
function raw(
  method: string,
  path: string,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const url = new URL(path, BASE);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, method, path: url.pathname + url.search }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** Sends `text` on a plain TCP connection and returns everything the server writes back. */
function rawSocket(text: string): Promise<string> {
  const url = new URL(BASE!);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname, () => socket.write(text));
    let out = "";
    socket.setEncoding("utf8");
    socket.on("data", (c) => (out += c));
    socket.on("end", () => resolve(out));
    socket.on("error", reject);
  });
}

function expectSecurityHeaders(headers: Record<string, string | string[] | undefined>, what: string) {
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(String(headers["content-security-policy"]), what).toContain("frame-ancestors 'none'");
}

describe.runIf(BASE)("HTTP contract of the production server", () => {
  it("answers methods other than GET/HEAD/OPTIONS with 405, Allow and (on the API) a JSON error", async () => {
    for (const method of ["TRACE", "PUT", "DELETE", "PATCH", "POST", "PROPFIND"]) {
      for (const path of ["/", "/topics/rag-systems", "/api/v1/topics", "/api/v1/nope"]) {
        const res = await raw(method, path);
        const what = `${method} ${path}`;
        expect(res.status, what).toBe(405);
        expect(res.headers.allow, what).toBe("GET, HEAD, OPTIONS");
        expectSecurityHeaders(res.headers, what);
        if (path.startsWith("/api/")) {
          expect(res.headers["content-type"], what).toBe("application/json");
          expect(JSON.parse(res.body).error.code, what).toBe("method_not_allowed");
        }
      }
    }
    const connect = await rawSocket("CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1:22\r\n\r\n");
    expect(connect).toMatch(/^HTTP\/1\.1 405 /);
    expect(connect).toMatch(/\r\nAllow: GET, HEAD, OPTIONS\r\n/);
    expect(connect).toMatch(/\r\nX-Content-Type-Options: nosniff\r\n/);
    const options = await raw("OPTIONS", "/topics/rag-systems");
    expect(options.status).toBe(204);
    expect(options.headers.allow).toBe("GET, HEAD, OPTIONS");
  });

  it("answers a route template's own name with 404, not 500", async () => {
    for (const path of [
      "/topics/%5Bslug%5D",
      "/themes/%5Bslug%5D",
      "/phases/%5Bslug%5D",
      "/videos/%5Bid%5D",
      "/v/%5Bversion%5D/topics/%5Bslug%5D",
    ]) {
      const res = await fetch(`${BASE}${path}`);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).toContain("</html>");
    }
    const api = await fetch(`${BASE}/api/v1/topics/%5Bslug%5D`);
    expect(api.status).toBe(404);
    expect((await api.json()).error.code).toBe("not_found");
  });

  it("redirects carry the security headers and a relative Location", async () => {
    const page = await fetch(`${BASE}/themes/tools-and-infrastructure`, { redirect: "manual" });
    expect(page.status).toBe(308);
    expect(page.headers.get("location")).toBe("/themes/tools-infrastructure-and-llm-providers");
    expectSecurityHeaders(Object.fromEntries(page.headers), "page redirect");
    const api = await fetch(`${BASE}/api/v1/themes/tools-and-infrastructure`, {
      redirect: "manual",
      headers: { host: "map.example.org" },
    });
    expect(api.status).toBe(308);
    expect(api.headers.get("location")).toBe("/api/v1/themes/tools-infrastructure-and-llm-providers");
    expectSecurityHeaders(Object.fromEntries(api.headers), "API redirect");
    const bad = await fetch(`${BASE}/topics/%E0%A4%A`);
    expect(bad.status).toBe(400);
    expectSecurityHeaders(Object.fromEntries(bad.headers), "400 page");
  });

  it("an entry read handed over at one path answers as its endpoint; a client cannot name a path", async () => {
    // server/entry-reads.mjs: the production server asks Next.js for every entry read at ENTRY_READ_ROUTE.
    const known = await fetch(`${BASE}/api/v1/topics/rag-systems?utm_source=x`);
    expect(known.status).toBe(400);
    expect((await known.json()).error.message).toBe('unknown query parameter "utm_source"');
    const unknown = await fetch(`${BASE}/api/v1/topics/no-such-topic-7`);
    expect([unknown.status, unknown.headers.get("cache-control")]).toEqual([404, "no-store"]);
    expect((await unknown.json()).error.message).toBe('No topic with slug "no-such-topic-7".');
    const video = await (await fetch(`${BASE}/api/v1/videos/V3`)).json();
    expect(video.data.id).toBe("V3");
    const spoofed = await fetch(`${BASE}${ENTRY_READ_ROUTE}`, {
      headers: { [ENTRY_READ_HEADER]: "/api/v1/videos/V3" },
    });
    expect(spoofed.status).toBe(404);
    expect((await spoofed.json()).error.message).toBe(apiNotFoundMessage(ENTRY_READ_ROUTE));
  });

  it("an old slug behaves the same as a filter as in a path", async () => {
    const res = await fetch(`${BASE}/api/v1/topics?theme=tools-and-infrastructure`, { redirect: "manual" });
    expect(res.status).toBe(308);
    expect(res.headers.get("location")).toBe("/api/v1/topics?theme=tools-infrastructure-and-llm-providers");
    const followed = await (await fetch(`${BASE}/api/v1/topics?theme=tools-and-infrastructure`)).json();
    expect(followed.data.map((t: { slug: string }) => t.slug)).toContain("tools-and-landscape");
    expect((await fetch(`${BASE}/api/v1/topics?theme=no-such-theme`)).status).toBe(404);
  });

  it("every example in the OpenAPI document names something that exists", async () => {
    type Param = { in: string; name: string; required?: boolean; schema: { example?: string } };
    const doc = await (await fetch(`${BASE}/api/v1/openapi.json`)).json();
    let tried = 0;
    for (const [path, item] of Object.entries(doc.paths) as Array<[string, { get?: { parameters?: Param[] } }]>) {
      // A team layer's id is random: its example names no stored layer (tests/api/layers.test.ts makes its own).
      if (!item.get || path.startsWith("/layers")) continue;
      const params = item.get.parameters ?? [];
      let url = `/api/v1${path}`;
      for (const p of params.filter((p) => p.in === "path")) url = url.replace(`{${p.name}}`, String(p.schema.example));
      const query = params.filter((p) => p.in === "query" && p.schema.example !== undefined);
      const required = query
        .filter((p) => p.required)
        .map((p) => `${p.name}=${encodeURIComponent(String(p.schema.example))}`);
      // The required parameters alone, then each optional one with them.
      for (const q of [undefined, ...query.filter((p) => !p.required)]) {
        const parts = [...required, ...(q ? [`${q.name}=${encodeURIComponent(String(q.schema.example))}`] : [])];
        const full = parts.length ? `${url}?${parts.join("&")}` : url;
        const res = await fetch(`${BASE}${full}`, { redirect: "manual" });
        expect(res.status, full).toBe(200);
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(12);
  });

  it("serves robots.txt and a sitemap of every entry page", async () => {
    const robots = await fetch(`${BASE}/robots.txt`);
    expect(robots.status).toBe(200);
    expect(await robots.text()).toMatch(/Sitemap: \S+\/sitemap\.xml/);
    const sitemap = await fetch(`${BASE}/sitemap.xml`);
    expect(sitemap.status).toBe(200);
    const xml = await sitemap.text();
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    expect(locs).toContain("/topics/rag-systems");
    expect(locs).toContain("/themes/costs");
    expect(locs).toContain("/phases/dataset-construction");
    expect(locs).toContain("/videos/V47");
    expect(locs.filter((p) => p.startsWith("/topics/"))).toHaveLength(20);
    expect(locs.filter((p) => p.startsWith("/themes/"))).toHaveLength(8);
    expect(locs.some((p) => p.startsWith("/v/"))).toBe(false);
    for (const path of locs.slice(0, 40))
      expect((await fetch(`${BASE}${path}`, { redirect: "manual" })).status, path).toBe(200);
  });
});
