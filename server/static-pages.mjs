// @ts-check
/**
 * The production server's fast path for prerendered pages (server/main.mjs), as pure rules.
 *
 * Why: every entry page is prerendered once at build and never changes while the server
 * runs (`dynamicParams = false`, no revalidation). Next.js still walks its whole request
 * pipeline for each of them (routing, the proxy, the response cache, an ETag hash over the
 * body): about 5 ms of CPU per topic page here, a tenth of what a static file server
 * needs. So the server asks Next.js for each such page once, keeps the exact response
 * (headers from next.config and the proxy's hash-based CSP included), and answers plain
 * GET/HEAD requests for it from memory, compressed in advance. Everything else — RSC and
 * prefetch requests, query strings, other methods, unknown paths — goes to Next.js.
 *
 * Plain JavaScript (checked by tsc through @ts-check) because the server runs without a
 * build step. The pages themselves are kept by server/response-store.mjs.
 */
import { constants as zlibConstants, gunzipSync } from "node:zlib";
import Negotiator from "negotiator";

/**
 * Pages the fast path may hold: prerendered HTML pages that never revalidate and answer 200.
 * Internal pages (`/_not-found`, `/_global-error`) are left to Next.js.
 * @param {{ routes: Record<string, { routeType?: string; initialRevalidateSeconds?: number | false; initialStatus?:
 * number }> }} manifest  .next/prerender-manifest.json
 * @returns {string[]}
 */
export function immutablePages(manifest) {
  return Object.entries(manifest.routes)
    .filter(
      ([path, r]) =>
        r.routeType === "page" &&
        r.initialRevalidateSeconds === false &&
        (r.initialStatus ?? 200) === 200 &&
        !path.startsWith("/_"),
    )
    .map(([path]) => path)
    .sort();
}

/** Two segments, nothing to decode, no dot (no `.rsc`, no `..`), no trailing slash: `/topics/some-slug`. */
const PLAIN_ENTRY_PATH = /^\/[a-z]+\/[A-Za-z0-9_-]+$/;

/**
 * The rule for paths Next.js can only answer with the site's 404 page: an entry of a route with
 * `dynamicParams = false` (fallback false in the prerender manifest) that was not prerendered —
 * `/topics/no-such-topic`, `/videos/V100000` — written as the site writes its own paths (`canonicalEntryPath`
 * has nothing to change: no `/topics/RAG-Systems`, which proxy.ts redirects), matched by no redirect or rewrite
 * of next.config (an old slug is a 308, not a 404). The server answers such a path with the one 404 page it keeps
 * (server/response-store.mjs), so a crawler walking unknown slugs renders nothing and leaves no trace in Next.js's
 * per-path lookup cache. Anything else is left to Next.js.
 * @param {{
 *   manifest: {
 *     routes: Record<string, unknown>;
 *     dynamicRoutes: Record<string, { routeRegex: string; fallback?: string | false | null }>;
 *   };
 *   routing: { caseSensitive: boolean; redirectAndRewritePatterns: string[] };
 *   canonicalEntryPath: (path: string) => string | null;
 * }} build
 * @returns {(path: string) => boolean}
 */
export function unknownEntryRule({ manifest, routing, canonicalEntryPath }) {
  const closedRoutes = Object.values(manifest.dynamicRoutes)
    .filter((route) => route.fallback === false)
    .map((route) => new RegExp(route.routeRegex));
  const flags = routing.caseSensitive ? "" : "i";
  const routed = routing.redirectAndRewritePatterns.map((pattern) => new RegExp(pattern, flags));
  return (path) =>
    PLAIN_ENTRY_PATH.test(path) &&
    !Object.hasOwn(manifest.routes, path) &&
    closedRoutes.some((route) => route.test(path)) &&
    !routed.some((pattern) => pattern.test(path)) &&
    canonicalEntryPath(path) === null;
}

/**
 * Request headers that make Next.js answer something other than the page's HTML: React
 * Server Component payloads for client navigation and prefetches, server actions.
 */
export const NEXT_REQUEST_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-action",
  "next-url",
  "x-nextjs-data",
];

/**
 * The page a request may be answered with from memory, or null when it must go to Next.js.
 * @param {{ method?: string; url?: string; headers: Record<string, string | string[] | undefined> }} req
 * @param {Set<string>} pages
 * @returns {string | null}
 */
export function fastPathPage(req, pages) {
  if (!isDocumentRead(req)) return null;
  const url = req.url ?? "";
  // exact path only: no query, no trailing slash, no encoding variants
  return url.includes("?") || !pages.has(url) ? null : url;
}

/**
 * Whether a request reads a document: a GET or HEAD from a browser or a client, not one of Next.js's own client
 * requests. Only such requests are redirected or answered from memory.
 * @param {{ method?: string; headers: Record<string, string | string[] | undefined> }} req
 */
export function isDocumentRead(req) {
  return (req.method === "GET" || req.method === "HEAD") && !isNextInternalRequest(req.headers);
}

/**
 * Whether Next.js's client asks for something other than the document (RSC payload,
 * prefetch, server action): such requests are never answered from memory.
 * @param {Record<string, string | string[] | undefined>} headers
 */
function isNextInternalRequest(headers) {
  return NEXT_REQUEST_HEADERS.some((h) => headers[h] !== undefined);
}

/** Set per response by Node.js, or describing the stored body rather than the page. */
const NOT_STORED = new Set([
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
]);

/**
 * The headers of a captured response worth replaying, in order.
 * @param {Headers} headers
 * @returns {Array<[string, string]>}
 */
export function replayableHeaders(headers) {
  /** @type {Array<[string, string]>} */
  const out = [];
  headers.forEach((value, name) => {
    if (!NOT_STORED.has(name.toLowerCase())) out.push([name, value]);
  });
  return out;
}

/**
 * Whether the request reached us over HTTPS, by the same rule as proxy.ts (which adds HSTS
 * then): a TLS-terminating proxy in front says so in X-Forwarded-Proto.
 * @param {Record<string, string | string[] | undefined>} headers
 */
export function isHttps(headers) {
  return headers["x-forwarded-proto"] === "https";
}

/**
 * The encoding to send, from what is stored and what the client accepts (q-values honoured).
 * @param {string | string[] | undefined} acceptEncoding
 * @returns {"br" | "gzip" | "identity"}
 */
export function chooseEncoding(acceptEncoding) {
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(", ") : acceptEncoding;
  const negotiator =
    /** @type {{ encoding(available: string[], options: { preferred: string[] }): string | undefined }} */ (
      /** @type {unknown} */ (new Negotiator({ headers: { "accept-encoding": header ?? "" } }))
    ); // negotiator 1.x takes `preferred`; its published types describe 0.6
  const best = negotiator.encoding(["br", "gzip", "identity"], { preferred: ["br", "gzip", "identity"] });
  return best === "br" || best === "gzip" ? best : "identity";
}

/** How stored bodies are compressed (the server's store, and nginx's precompressed files: the same bytes). */
export const GZIP_OPTIONS = { level: 9 };

/**
 * Brotli at its highest quality, told the size of what it compresses.
 * @param {number} length
 */
export function brotliOptions(length) {
  return { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: length } };
}

/**
 * Whether a conditional request already holds this version (If-None-Match, weak comparison).
 * @param {string | string[] | undefined} ifNoneMatch
 * @param {string | undefined} etag
 */
export function notModified(ifNoneMatch, etag) {
  if (!ifNoneMatch || !etag) return false;
  const header = Array.isArray(ifNoneMatch) ? ifNoneMatch.join(",") : ifNoneMatch;
  if (header.trim() === "*") return true;
  const bare = (/** @type {string} */ tag) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => bare(tag) === bare(etag));
}

/**
 * Answers from a stored response (server/response-store.mjs): its status (200 unless it says otherwise), its exact
 * headers, 304 on a matching ETag, the body in the best encoding the client accepts (the gzip body inflated for
 * a client that accepts neither brotli nor gzip).
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {{ status?: number; body: { gzip: Buffer; br: Buffer }; http: Variant; https: Variant }} entry
 * @typedef {{ headers: Array<[string, string]>; etag: string | undefined }} Variant
 */
export function sendStored(req, res, entry) {
  const variant = isHttps(req.headers) ? entry.https : entry.http;
  for (const [name, value] of variant.headers) res.setHeader(name, value);
  res.setHeader("x-kmap-cache", "HIT");
  if (notModified(req.headers["if-none-match"], variant.etag)) {
    res.statusCode = 304;
    return void res.end();
  }
  const encoding = chooseEncoding(req.headers["accept-encoding"]);
  const body = encoding === "identity" ? gunzipSync(entry.body.gzip) : entry.body[encoding];
  if (encoding !== "identity") res.setHeader("Content-Encoding", encoding);
  res.setHeader("Content-Length", body.length);
  res.statusCode = entry.status ?? 200;
  res.end(req.method === "HEAD" ? undefined : body);
}
