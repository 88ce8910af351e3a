import { createHash } from "node:crypto";
import { gunzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  createResponseStore,
  DEFAULT_VIEW_CACHE_MB,
  MAX_CAPTURES,
  viewCacheMbFromEnv,
} from "@/server/response-store.mjs";
import {
  DATASET_VERSION_POLL_MS,
  READ_CACHE_MS,
  SECOND_CLEAR_MS,
  SHARED_CACHE_CONTROL,
} from "@/server/cache-times.mjs";
import { canonicalViewUrl } from "@/lib/domain/views/canonical";
import { canonicalRedirect } from "@/lib/domain/views/redirect";

/**
 * The response store without a server: Next.js is a fake inner fetch that answers from a table
 * (and counts what it was asked), time is vitest's fake clock.
 */
const THEMES = [
  { slug: "architecture-and-design", name: "Architecture and Design" },
  { slug: "evaluation-and-testing", name: "Evaluation and Testing" },
];
const TOPICS = [
  { slug: "rag-systems", name: "RAG Systems", theme: "architecture-and-design" },
  { slug: "evaluation", name: "Evaluation", theme: "evaluation-and-testing" },
];
const NONCE = "n0nce";
const SCRIPT = "self.__next_f.push([1])";
const CSP = `default-src 'self'; script-src 'self' 'nonce-${NONCE}' 'strict-dynamic'`;

type Answer = { status?: number; body: string; headers?: Record<string, string> };

class FakeNext {
  version = "1.0.0";
  asked: string[] = [];
  /** URLs whose answers wait until released, and the answers waiting. */
  hold = new Set<string>();
  held = new Map<string, Array<() => void>>();
  pages = new Map<string, Answer>();

  fetch = async (url: string, init?: RequestInit): Promise<Response> => {
    this.asked.push(url);
    if (this.hold.has(url))
      await new Promise<void>((resolve) => this.held.set(url, [...(this.held.get(url) ?? []), resolve]));
    const a = this.answer(url, init);
    return new Response(a.body, { status: a.status ?? 200, headers: a.headers });
  };

  release(url: string) {
    this.hold.delete(url);
    for (const resolve of this.held.get(url) ?? []) resolve();
    this.held.delete(url);
  }

  answer(url: string, init?: RequestInit): Answer {
    const json = (data: unknown, status = 200) => ({
      status,
      body: JSON.stringify(data),
      headers: { "content-type": "application/json", "cache-control": "public, s-maxage=1" },
    });
    const meta = { datasetVersion: { version: this.version } };
    const path = url.split("?")[0];
    if (path === "/api/v1/themes") return json({ data: THEMES, meta });
    if (path === "/api/v1/topics") return json({ data: TOPICS, meta, version: this.version });
    if (path === "/api/v1/phases") return json({ data: [], meta });
    if (path === "/api/v1/topics/no-such-topic") return json({ error: { code: "not_found" } }, 404);
    if (["/", "/cooccurrence", "/search", "/plan"].includes(path)) {
      return {
        body: `<html><body><h1>${url} v${this.version}</h1><script nonce="${NONCE}">${SCRIPT}</script></body></html>`,
        headers: {
          "content-type": "text/html; charset=utf-8",
          "content-security-policy": CSP,
          "x-frame-options": "DENY",
        },
      };
    }
    const page = this.pages.get(url);
    if (page) {
      const https = new Headers(init?.headers).get("x-forwarded-proto") === "https";
      return { ...page, headers: { ...page.headers, ...(https ? { "strict-transport-security": "hsts" } : {}) } };
    }
    return { status: 404, body: "not found" };
  }
}

let next: FakeNext;
let log: string[];
function newStore(viewCacheMb = DEFAULT_VIEW_CACHE_MB) {
  return createResponseStore({
    fetchInner: next.fetch,
    canonicalViewUrl,
    canonicalRedirect,
    viewCacheMb,
    log: (line: string) => log.push(line),
  });
}
const get = (url: string, headers: Record<string, string> = {}) => ({ method: "GET", url, headers });

/** Asks once (which starts the rendering), waits until it is kept or given up, and asks again. */
async function twice(store: ReturnType<typeof newStore>, url: string) {
  expect(store.lookup(get(url))).toBeUndefined();
  await store.settled();
  return store.lookup(get(url));
}

beforeEach(() => {
  next = new FakeNext();
  log = [];
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe("what the store keeps", () => {
  it("an API read that answered 200, with its own ETag and the shared Cache-Control, never a 404", async () => {
    const store = newStore();
    await store.start();
    const kept = await twice(store, "/api/v1/topics");
    expect(kept).toBeDefined();
    const body = gunzipSync(kept!.body.gzip).toString("utf8");
    expect(JSON.parse(body).data).toEqual(TOPICS);
    const headers = new Map(kept!.http.headers.map(([k, v]) => [k.toLowerCase(), v]));
    expect(headers.get("cache-control")).toBe(SHARED_CACHE_CONTROL);
    const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
    expect(headers.get("etag")).toBe(etag);
    expect(kept!.http.etag).toBe(etag);
    expect(kept!.https.headers).toContainEqual(["Strict-Transport-Security", "max-age=63072000; includeSubDomains"]);
    expect(kept!.http.headers.some(([k]) => k === "Strict-Transport-Security")).toBe(false);

    expect(await twice(store, "/api/v1/topics/no-such-topic")).toBeUndefined();
    expect(store.counts()).toEqual({ pages: 0, closed: 1, open: 0 });
  });

  it("a page view only under its canonical URL, with its inline scripts' hashes instead of the nonce", async () => {
    const store = newStore();
    await store.start();
    const view = await twice(store, "/?zoom=architecture-and-design&topic=rag-systems");
    expect(view).toBeDefined();
    const html = gunzipSync(view!.body.gzip).toString("utf8");
    expect(html).not.toContain("nonce=");
    const csp = new Map(view!.http.headers.map(([k, v]) => [k.toLowerCase(), v])).get("content-security-policy");
    const hash = `'sha256-${createHash("sha256").update(SCRIPT).digest("base64")}'`;
    expect(csp).toBe(`default-src 'self'; script-src 'self' ${hash} 'strict-dynamic'`);

    for (const url of [
      "/?topic=rag-systems&zoom=architecture-and-design", // another order
      "/?zoom=no-such-theme", // unknown value
      "/?color=theme", // a default spelled out
      "/search?q=%20evaluation", // not normalised
    ])
      expect(await twice(store, url), url).toBeUndefined();
    expect(await twice(store, "/search?q=evaluation")).toBeDefined();
    expect(store.counts()).toEqual({ pages: 0, closed: 1, open: 1 });
  });

  it("nothing for other methods, Next.js's own requests, or paths that are not views", async () => {
    const store = newStore();
    await store.start();
    const asked = next.asked.length;
    expect(store.lookup({ method: "POST", url: "/api/v1/topics", headers: {} })).toBeUndefined();
    expect(store.lookup(get("/?zoom=architecture-and-design", { rsc: "1" }))).toBeUndefined();
    expect(store.lookup(get("/topics/rag-systems"))).toBeUndefined();
    await store.settled();
    expect(next.asked.length).toBe(asked);
  });

  it("no page view while the catalogue cannot be read (it cannot tell a canonical URL)", async () => {
    next.answer = () => ({ status: 500, body: "down" });
    const store = newStore();
    await store.start();
    expect(log.join("\n")).toContain("could not read the catalogue");
    expect(await twice(store, "/")).toBeUndefined();
  });

  it("prerendered pages in both variants, answered for plain GET/HEAD of their exact path only", async () => {
    next.pages.set("/about", { body: "<p>about</p>", headers: { etag: '"a"', "content-type": "text/html" } });
    next.pages.set("/broken", { status: 500, body: "no" });
    const store = newStore();
    await store.storePages(["/about", "/broken"]);
    expect(store.counts().pages).toBe(1);
    const page = store.lookup(get("/about"));
    expect(gunzipSync(page!.body.gzip).toString("utf8")).toBe("<p>about</p>");
    expect(page!.http.etag).toBe('"a"');
    expect(page!.https.headers).toContainEqual(["strict-transport-security", "hsts"]);
    expect(page!.http.headers.some(([k]) => k === "strict-transport-security")).toBe(false);
    expect(store.lookup(get("/about?x=1"))).toBeUndefined();
    expect(store.lookup(get("/about", { "next-router-prefetch": "1" }))).toBeUndefined();
    expect(store.lookup(get("/broken"))).toBeUndefined();
  });
});

describe("the 404 page for unknown entries", () => {
  const unknownEntry = (path: string) => path.startsWith("/topics/") && path !== "/topics/rag-systems";
  const notFound: Answer = {
    status: 404,
    body: `<html><body><h1>Page not found</h1><script nonce="${NONCE}">${SCRIPT}</script></body></html>`,
    headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": CSP, etag: '"nf"' },
  };
  const storeWith404 = () =>
    createResponseStore({ fetchInner: next.fetch, canonicalViewUrl, unknownEntry, log: (l: string) => log.push(l) });

  it("is kept once, with its scripts' hashes instead of the nonce, and answers every unknown entry", async () => {
    next.pages.set("/_kmap/not-found", notFound);
    const store = storeWith404();
    await store.storeNotFound("/_kmap/not-found");
    const hash = `'sha256-${createHash("sha256").update(SCRIPT).digest("base64")}'`;
    for (const url of ["/topics/nope", "/topics/other?utm_source=x"]) {
      const page = store.lookup(get(url))!;
      expect(page.status, url).toBe(404);
      expect(gunzipSync(page.body.gzip).toString("utf8")).toBe(
        `<html><body><h1>Page not found</h1><script>${SCRIPT}</script></body></html>`,
      );
      const csp = new Map(page.http.headers).get("content-security-policy");
      expect(csp).toBe(`default-src 'self'; script-src 'self' ${hash} 'strict-dynamic'`);
      expect(page.http.etag).toBeUndefined();
      expect(page.https.headers).toContainEqual(["Strict-Transport-Security", expect.stringContaining("max-age")]);
    }
    expect(next.asked.filter((u) => u === "/_kmap/not-found")).toHaveLength(1);
    // Not for a known entry, another path, another method or Next.js's own requests.
    expect(store.lookup(get("/topics/rag-systems"))).toBeUndefined();
    expect(store.lookup(get("/themes/nope"))).toBeUndefined();
    expect(store.lookup({ method: "POST", url: "/topics/nope", headers: {} })).toBeUndefined();
    expect(store.lookup(get("/topics/nope", { rsc: "1" }))).toBeUndefined();
  });

  it("is not kept when the path does not answer a 404 HTML page: Next.js answers then", async () => {
    next.pages.set("/_kmap/not-found", { ...notFound, status: 200 });
    const store = storeWith404();
    await store.storeNotFound("/_kmap/not-found");
    expect(store.lookup(get("/topics/nope"))).toBeUndefined();
    expect(log.join("\n")).toContain("answered 200, not the 404 page");
  });
});

describe("how much it renders and keeps", () => {
  it(`renders at most ${MAX_CAPTURES} URLs at a time, each once`, async () => {
    const store = newStore();
    await store.start();
    const urls = Array.from({ length: MAX_CAPTURES + 2 }, (_, i) => `/api/v1/topics?n=${i}`);
    urls.forEach((u) => next.hold.add(u));
    for (const url of [...urls, urls[0], urls[0]]) store.lookup(get(url));
    await vi.advanceTimersByTimeAsync(0);
    const rendered = () => next.asked.filter((u) => u.startsWith("/api/v1/topics?")).length;
    expect(rendered()).toBe(MAX_CAPTURES);
    urls.forEach((u) => next.release(u));
    await store.settled();
    expect(store.counts().closed).toBe(MAX_CAPTURES);
    expect(store.lookup(get(urls[MAX_CAPTURES]))).toBeUndefined(); // a later request renders it
    await store.settled();
    expect(rendered()).toBe(MAX_CAPTURES + 1);
  });

  it("a new link opened by many at once is rendered once: everyone waits for that rendering", async () => {
    const store = newStore();
    await store.start();
    const url = "/?zoom=architecture-and-design&topic=rag-systems";
    next.hold.add(url);
    const opened = Array.from({ length: 50 }, () => {
      expect(store.lookup(get(url))).toBeUndefined();
      return store.whenKept(get(url));
    });
    expect(opened.every((p) => p instanceof Promise)).toBe(true);
    next.release(url);
    const answers = await Promise.all(opened);
    expect(next.asked.filter((u) => u === url)).toHaveLength(1);
    const html = gunzipSync(answers[49]!.body.gzip).toString("utf8");
    expect(html).toContain(`<h1>${url} v1.0.0</h1>`);
    expect(new Set(answers).size).toBe(1); // the one kept response, for all 50
  });

  it("waits only for what is kept: not a non-canonical view, a 404, a Next.js request or no rendering", async () => {
    const store = newStore();
    await store.start();
    // Not canonical (another order): never kept, so nobody waits and Next.js renders each.
    const other = "/?topic=rag-systems&zoom=architecture-and-design";
    store.lookup(get(other));
    expect(store.whenKept(get(other))).toBeUndefined();
    // An API read that turns out a 404 is not kept: the waiter hears so and Next.js answers it.
    const missing = "/api/v1/topics/no-such-topic";
    store.lookup(get(missing));
    expect(await store.whenKept(get(missing))).toBeUndefined();
    // A Next.js client request for a URL being rendered, and a URL nobody renders.
    const url = "/api/v1/themes?x=1";
    next.hold.add(url);
    store.lookup(get(url));
    expect(store.whenKept(get(url, { rsc: "1" }))).toBeUndefined();
    expect(store.whenKept({ method: "POST", url, headers: {} })).toBeUndefined();
    expect(store.whenKept(get("/api/v1/phases?y=2"))).toBeUndefined();
    next.release(url);
    await store.settled();
  });

  it("warms up before it opens: the default views are kept, other URLs only asked for", async () => {
    const store = newStore();
    await store.start();
    await store.warm(["/", "/cooccurrence", "/_kmap/not-found"]);
    expect(store.counts()).toEqual({ pages: 0, closed: 2, open: 0 });
    expect(store.lookup(get("/"))).toBeDefined();
    expect(next.asked).toContain("/_kmap/not-found");
  });

  it("search queries and plans fill their own LRU and never push out the closed views", async () => {
    const store = newStore({ closed: 1, open: 0.01 }); // ~10 KB: a handful of entries
    await store.start();
    expect(await twice(store, "/?topic=rag-systems")).toBeDefined();
    for (let i = 0; i < 40; i++) await twice(store, `/search?q=query${i}`);
    expect(store.counts().open).toBeGreaterThan(0);
    expect(store.counts().open).toBeLessThan(10);
    expect(store.lookup(get("/?topic=rag-systems"))).toBeDefined();
    expect(store.lookup(get("/search?q=query39"))).toBeDefined();
    expect(store.lookup(get("/search?q=query0"))).toBeUndefined();
  });

  it("takes the LRU sizes from KMAP_VIEW_CACHE_MB and KMAP_OPEN_VIEW_CACHE_MB", () => {
    expect(viewCacheMbFromEnv({})).toEqual({ closed: 12, open: 2 });
    expect(viewCacheMbFromEnv({ KMAP_VIEW_CACHE_MB: "30", KMAP_OPEN_VIEW_CACHE_MB: "0.5" })).toEqual({
      closed: 30,
      open: 0.5,
    });
  });
});

describe("a new dataset version", () => {
  it("the second clear waits for the data module's read cache to expire", () => {
    expect(SECOND_CLEAR_MS).toBeGreaterThan(READ_CACHE_MS);
  });

  it("drops every view at the next poll, again once the read cache expired, and says to rebuild", async () => {
    const store = newStore();
    await store.start();
    await twice(store, "/api/v1/topics");
    await twice(store, "/search?q=evaluation");
    expect(store.counts()).toMatchObject({ closed: 1, open: 1 });

    next.version = "2.0.0";
    await vi.advanceTimersByTimeAsync(DATASET_VERSION_POLL_MS);
    expect(store.counts()).toMatchObject({ closed: 0, open: 0 });
    expect(log.join("\n")).toContain("the database now holds dataset version 2.0.0 (was 1.0.0)");
    expect(log.join("\n")).toContain("run `npm run build` and restart");

    // Rendered from reads the data module may still hold from before: kept for now, …
    const again = await twice(store, "/api/v1/topics");
    expect(again).toBeDefined();
    await vi.advanceTimersByTimeAsync(SECOND_CLEAR_MS - DATASET_VERSION_POLL_MS - 1);
    expect(store.lookup(get("/api/v1/topics"))).toBe(again);
    // … and dropped once those have expired.
    await vi.advanceTimersByTimeAsync(DATASET_VERSION_POLL_MS + 1);
    await store.settled();
    expect(store.counts()).toMatchObject({ closed: 0, open: 0 });
    expect(log.filter((l) => l.includes("now holds dataset version"))).toHaveLength(1);
  });

  it("a rendering under way when the version changes is not kept", async () => {
    const store = newStore();
    await store.start();
    next.hold.add("/api/v1/topics");
    store.lookup(get("/api/v1/topics"));
    next.version = "2.0.0";
    await vi.advanceTimersByTimeAsync(DATASET_VERSION_POLL_MS);
    next.release("/api/v1/topics");
    await store.settled();
    expect(store.lookup(get("/api/v1/topics"))).toBeUndefined();
  });

  it("stops polling when stopped", async () => {
    const store = newStore();
    await store.start();
    const polls = () => next.asked.filter((u) => u === "/api/v1/phases").length;
    await vi.advanceTimersByTimeAsync(3 * DATASET_VERSION_POLL_MS);
    expect(polls()).toBe(4);
    store.stop();
    await vi.advanceTimersByTimeAsync(3 * DATASET_VERSION_POLL_MS);
    expect(polls()).toBe(4);
  });
});

describe("links whose parameters change nothing", () => {
  it("get a 308 before any rendering: view pages once the catalogue is read, prerendered pages always", async () => {
    next.pages.set("/about", { body: "<p>about</p>", headers: { "content-type": "text/html" } });
    const store = newStore();
    await store.storePages(["/about"]);
    expect(store.redirect(get("/about?utm_source=x"))).toBe("/about");
    expect(store.redirect(get("/?utm_source=x"))).toBeNull(); // the catalogue is not read yet
    await store.start();
    await vi.advanceTimersByTimeAsync(0);
    const asked = next.asked.length;
    expect(store.redirect(get("/?zoom=architecture-and-design&topic=rag-systems&utm_source=slack"))).toBe(
      "/?zoom=architecture-and-design&topic=rag-systems",
    );
    expect(store.redirect(get("/cooccurrence?cell=rag-systems~evaluation&fbclid=abc"))).toBe(
      "/cooccurrence?cell=rag-systems~evaluation",
    );
    expect(store.redirect(get("/plan?topics=nope,rag-systems"))).toBe(
      "/plan?topics=rag-systems#link=topics=nope%2Crag-systems",
    );
    expect(store.redirect({ method: "HEAD", url: "/?ref=x", headers: {} })).toBe("/");
    expect(next.asked.length).toBe(asked); // nothing rendered for them
    expect(store.counts()).toEqual({ pages: 1, closed: 0, open: 0 });
  });

  it("are left alone when canonical, for other methods and for Next.js client requests", async () => {
    const store = newStore();
    await store.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(store.redirect(get("/?zoom=architecture-and-design"))).toBeNull();
    expect(store.redirect(get("/"))).toBeNull();
    expect(store.redirect({ method: "POST", url: "/?utm_source=x", headers: {} })).toBeNull();
    expect(store.redirect(get("/?utm_source=x", { rsc: "1" }))).toBeNull();
    expect(store.redirect(get("/api/v1/topics?utm_source=x"))).toBeNull();
  });
});
