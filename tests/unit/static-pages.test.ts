import { describe, expect, it } from "vitest";
import {
  chooseEncoding,
  fastPathPage,
  immutablePages,
  isHttps,
  notModified,
  replayableHeaders,
  unknownEntryRule,
} from "@/server/static-pages.mjs";
import { canonicalEntryPath } from "@/lib/domain/canonical-path";

const page = (extra: object = {}) => ({ routeType: "page", initialRevalidateSeconds: false as const, ...extra });

describe("the production server's fast path for prerendered pages", () => {
  it("holds only prerendered pages that never revalidate and answer 200", () => {
    const manifest = {
      routes: {
        "/topics/rag-systems": page(),
        "/about": page(),
        "/_not-found": page({ initialStatus: 404 }),
        "/_global-error": page(),
        "/news": page({ initialRevalidateSeconds: 60 }),
        "/gone": page({ initialStatus: 410 }),
        "/api/v1/openapi.json": { routeType: "route", initialRevalidateSeconds: false as const },
      },
    };
    expect(immutablePages(manifest)).toEqual(["/about", "/topics/rag-systems"]);
  });

  it("answers plain GET and HEAD for an exact path, and leaves everything else to Next.js", () => {
    const pages = new Set(["/topics/rag-systems"]);
    const req = (method: string, url: string, headers: Record<string, string> = {}) => ({ method, url, headers });
    expect(fastPathPage(req("GET", "/topics/rag-systems"), pages)).toBe("/topics/rag-systems");
    expect(fastPathPage(req("HEAD", "/topics/rag-systems"), pages)).toBe("/topics/rag-systems");
    expect(fastPathPage(req("POST", "/topics/rag-systems"), pages)).toBeNull();
    expect(fastPathPage(req("GET", "/topics/rag-systems?x=1"), pages)).toBeNull();
    expect(fastPathPage(req("GET", "/topics/rag-systems/"), pages)).toBeNull();
    expect(fastPathPage(req("GET", "/topics/rag%2Dsystems"), pages)).toBeNull();
    expect(fastPathPage(req("GET", "/topics/agents"), pages)).toBeNull();
    // Client-side navigation and prefetches want the RSC payload, server actions a render.
    for (const h of ["rsc", "next-router-prefetch", "next-router-state-tree", "next-action"]) {
      expect(fastPathPage(req("GET", "/topics/rag-systems", { [h]: "1" }), pages), h).toBeNull();
    }
  });

  it("replays the captured headers except those that describe one transfer", () => {
    const h = new Headers({
      "content-security-policy": "default-src 'self'",
      etag: '"abc"',
      date: "x",
      "content-length": "10",
      "content-encoding": "gzip",
      connection: "keep-alive",
      vary: "Accept-Encoding",
    });
    expect(replayableHeaders(h)).toEqual([
      ["content-security-policy", "default-src 'self'"],
      ["etag", '"abc"'],
      ["vary", "Accept-Encoding"],
    ]);
  });

  it("uses the HTTPS variant (with HSTS) exactly when a TLS proxy says so", () => {
    expect(isHttps({ "x-forwarded-proto": "https" })).toBe(true);
    expect(isHttps({ "x-forwarded-proto": "http" })).toBe(false);
    expect(isHttps({})).toBe(false);
  });

  it("negotiates brotli, then gzip, honouring q-values, else identity", () => {
    expect(chooseEncoding("gzip, deflate, br")).toBe("br");
    expect(chooseEncoding("gzip")).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip")).toBe("gzip");
    expect(chooseEncoding("gzip;q=0.5, br;q=0.1")).toBe("gzip");
    expect(chooseEncoding(undefined)).toBe("identity");
    expect(chooseEncoding("deflate")).toBe("identity");
  });

  it("answers 304 when the client already has this version", () => {
    expect(notModified('"abc"', '"abc"')).toBe(true);
    expect(notModified('W/"abc", "zzz"', '"abc"')).toBe(true);
    expect(notModified("*", '"abc"')).toBe(true);
    expect(notModified('"old"', '"abc"')).toBe(false);
    expect(notModified(undefined, '"abc"')).toBe(false);
  });
});

describe("unknown entries: paths Next.js can only answer with the 404 page", () => {
  // As next build writes them: prerender-manifest.json's routes and dynamic routes, routes-manifest.json's patterns.
  const isUnknown = unknownEntryRule({
    manifest: {
      routes: { "/topics/rag-systems": page(), "/videos/V3": page() },
      dynamicRoutes: {
        "/topics/[slug]": { routeRegex: "^/topics/([^/]+?)(?:/)?$", fallback: false },
        "/videos/[id]": { routeRegex: "^/videos/([^/]+?)(?:/)?$", fallback: false },
        "/api/docs/[asset]": { routeRegex: "^/api/docs/([^/]+?)(?:/)?$", fallback: null },
      },
    },
    routing: {
      caseSensitive: false,
      redirectAndRewritePatterns: [
        "^(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))/$",
        "^(?!/_next)/topics/on-premise-or-cloud(?:/)?$",
      ],
    },
    canonicalEntryPath,
  });

  it("an entry of a route with dynamicParams = false, not prerendered, written as the site writes paths", () => {
    expect(isUnknown("/topics/no-such-topic")).toBe(true);
    expect(isUnknown("/videos/V100000")).toBe(true);
  });

  it("not a prerendered entry, an old slug, a case variant, an encoded, dotted or trailing-slash path", () => {
    for (const path of [
      "/topics/rag-systems",
      "/videos/V3",
      "/topics/on-premise-or-cloud", // next.config's redirect to the new slug
      "/topics/On-Premise-Or-Cloud", // the redirect matches without case, as Next.js's does
      "/topics/RAG-Systems", // proxy.ts: 308 to lower case
      "/videos/v32", // proxy.ts: 308 to V32
      "/topics/rag%2Dsystems", // Next.js decodes it: the topic page
      "/topics/rag-systems.rsc",
      "/topics/nope/",
      "/topics/nope/cite.bib",
      "/api/docs/nope", // a route that renders what it is asked for
      "/nope",
      "/",
    ]) {
      expect(isUnknown(path), path).toBe(false);
    }
  });
});
