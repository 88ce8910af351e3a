// @ts-check
/**
 * The production server: Next.js, plus a fast path that answers prerendered pages from
 * memory (see lib/static-pages.mjs for why and the rules). `npm start` runs it after
 * `npm run build`.
 *
 *   node server.mjs [-p PORT] [-H HOSTNAME]     (defaults: $PORT or 3000, $HOSTNAME or all interfaces)
 */
import { createServer } from "node:http";
import { promisify } from "node:util";
import { brotliCompress, gunzipSync, gzip } from "node:zlib";
import next from "next";
import { LRUCache } from "lru-cache";
import {
  brotliOptions,
  chooseEncoding,
  fastPathPage,
  GZIP_OPTIONS,
  immutablePages,
  isHttps,
  isNextInternalRequest,
  notModified,
  replayableHeaders,
} from "./lib/static-pages.mjs";
import {
  SHARED_CACHE_CONTROL,
  isCanonicalView,
  staticizePage,
  strongEtag,
  viewKind,
  viewSpace,
} from "./lib/view-cache.mjs";
import { BuildContractError, readBuild } from "./lib/build-contract.mjs";
import { ALLOW_HEADER, apiNotFoundBody, baseSecurityHeaders, isTemplatePath, methodAnswer } from "./lib/http-guard.mjs";

/** @type {Record<string, string | undefined>} */ (process.env).NODE_ENV = "production";
const root = import.meta.dirname;
const args = process.argv.slice(2);
const arg = (/** @type {string[]} */ names) => {
  const i = args.findIndex((a) => names.includes(a));
  return i >= 0 ? args[i + 1] : undefined;
};
const port = Number(arg(["-p", "--port"]) ?? process.env.PORT ?? 3000);
const hostname = arg(["-H", "--hostname"]) ?? process.env.HOSTNAME ?? undefined;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`server: invalid port "${arg(["-p", "--port"]) ?? process.env.PORT}"`);
  process.exit(2);
}

/**
 * @typedef {{ headers: Array<[string, string]>; etag: string | undefined }} Variant
 * Bodies are kept compressed only; a client that accepts neither brotli nor gzip (rare) gets
 * the gzip body inflated on the way out.
 * @typedef {{ body: { gzip: Buffer; br: Buffer }; http: Variant; https: Variant }} StoredPage
 */
/** Prerendered pages (a fixed set from the build). @type {Map<string, StoredPage>} */
const stored = new Map();
/**
 * Shared views and API reads (lib/view-cache.mjs), keyed by path and query: LRUs bounded by
 * the bytes of their compressed bodies (the identity body is not kept: the rare client that
 * accepts neither brotli nor gzip gets the gzip body inflated), emptied when the dataset
 * version changes. Views from an unbounded URL space (search queries, plans) have their own,
 * smaller LRU, so they cannot push out the treemap and heatmap views people share.
 * @type {Record<"closed" | "open", LRUCache<string, StoredPage>>}
 */
const views = {
  closed: viewLru(Number(process.env.KMAP_VIEW_CACHE_MB ?? 12)),
  open: viewLru(Number(process.env.KMAP_OPEN_VIEW_CACHE_MB ?? 2)),
};
/**
 * @param {number} megabytes
 * @returns {LRUCache<string, StoredPage>}
 */
function viewLru(megabytes) {
  return new LRUCache({
    maxSize: Math.max(1, megabytes * 2 ** 20),
    sizeCalculation: (/** @type {StoredPage} */ entry) => entry.body.gzip.length + entry.body.br.length + 2048,
  });
}
/** Views being rendered for the cache right now (at most 8 at a time). @type {Set<string>} */
const capturing = new Set();
/** The private loopback address that reaches Next.js without the caches. */
let inner = "";
/** Set on SIGTERM/SIGINT: requests still arriving on open connections close them. */
let draining = false;

// The build must hold together (lib/build-contract.mjs): one clear line and exit 2 if not.
let pages = new Set();
try {
  pages = new Set(immutablePages(readBuild(root).manifest));
} catch (err) {
  if (!(err instanceof BuildContractError)) throw err;
  console.error(`server: ${err.message}`);
  process.exit(2);
}

const app = next({ dev: false, dir: root, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

/**
 * Before Next.js: every response starts with the security headers (Next.js replaces the CSP
 * with the page's own); methods other than GET/HEAD/OPTIONS get a 405 here; a route
 * template's own name ("/topics/[slug]") is an unknown page. Then prerendered pages, shared
 * views and API reads from memory (unless `useCaches` is false: the private listener).
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 */
function answer(req, res, useCaches = true) {
  const rawPath = (req.url ?? "/").split("?")[0];
  if (draining) res.setHeader("Connection", "close");
  for (const [name, value] of baseSecurityHeaders(rawPath, isHttps(req.headers))) res.setHeader(name, value);
  const early = methodAnswer(req.method, rawPath);
  if (early) {
    res.statusCode = early.status;
    res.setHeader("Allow", ALLOW_HEADER);
    res.setHeader("Cache-Control", "no-store");
    if (early.contentType) res.setHeader("Content-Type", early.contentType);
    return void res.end(early.body);
  }
  if (isTemplatePath(rawPath)) {
    if (!rawPath.startsWith("/api/"))
      req.url = "/_kmap/not-found"; // Next.js answers with the site's 404 page
    else {
      res.statusCode = 404;
      res.setHeader("Content-Type", "application/json");
      res.setHeader("Cache-Control", "no-store");
      return void res.end(req.method === "HEAD" ? undefined : apiNotFoundBody(rawPath));
    }
  }
  if (!useCaches) return void handle(req, res);
  const page = fastPathPage(req, pages);
  const entry = page ? stored.get(page) : undefined;
  if (entry) return serveStored(req, res, entry);
  const url = req.url ?? "/";
  const kind =
    (req.method === "GET" || req.method === "HEAD") && !isNextInternalRequest(req.headers) ? viewKind(url) : null;
  const view = kind ? views[viewSpace(url)].get(url) : undefined;
  if (view) return serveStored(req, res, view);
  if (kind && inner && !capturing.has(url) && capturing.size < 8) void captureView(url, kind);
  handle(req, res);
}

/**
 * Answers from a stored response: its exact headers, 304 on a matching ETag, the body in
 * the best encoding the client accepts.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {StoredPage} entry
 */
function serveStored(req, res, entry) {
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
  res.statusCode = 200;
  res.end(req.method === "HEAD" ? undefined : body);
}

// A private loopback listener straight to Next.js (no caches): the pages are stored through it
// before the public port opens, so once the server accepts connections every immutable page
// is answered from memory; views and API reads are rendered through it for the view cache.
const privateListener = createServer((req, res) => answer(req, res, false));
await new Promise((resolve) => privateListener.listen(0, "127.0.0.1", () => resolve(undefined)));
inner = `http://127.0.0.1:${/** @type {import("node:net").AddressInfo} */ (privateListener.address()).port}`;
await storePages(inner);
let datasetVersion = await currentDatasetVersion();
setInterval(() => void checkDatasetVersion(), 5_000).unref();

const server = createServer(
  {
    // Slow or idle clients are cut off on purpose (README, "Hardening"): the request line and
    // headers must arrive within 10 s, the whole request within 30 s; an idle keep-alive
    // connection is closed after 5 s (above the 4 s typical of proxies in front, below their 60 s).
    headersTimeout: 10_000,
    requestTimeout: 30_000,
    keepAliveTimeout: 5_000,
  },
  answer,
);
// CONNECT never reaches the request handler (Node.js hands it the raw socket): the same 405.
server.on(
  "connect",
  (/** @type {import("node:http").IncomingMessage} */ req, /** @type {import("node:stream").Duplex} */ socket) => {
    const early = methodAnswer(req.method, "/");
    const headers = [
      ...baseSecurityHeaders("/", false),
      ["Allow", ALLOW_HEADER],
      ["Content-Type", early?.contentType ?? "text/plain"],
      ["Content-Length", String(Buffer.byteLength(early?.body ?? ""))],
      ["Connection", "close"],
    ];
    socket.end(
      `HTTP/1.1 405 Method Not ` +
        `Allowed\r\n${headers.map(([k, v]) => `${k}: ${v}\r\n`).join("")}\r\n${early?.body ?? ""}`,
    );
  },
);
// Responses must not hang forever on a client that stops reading.
server.setTimeout(60_000, (socket) => socket.destroy());
server.on("error", (/** @type {NodeJS.ErrnoException} */ err) => {
  console.error(
    err.code === "EADDRINUSE"
      ? `server: port ${port} is already in use; choose another with -p <port> or PORT`
      : `server: cannot listen on port ${port}: ${err.message}`,
  );
  process.exit(1);
});
server.listen(port, hostname, () => {
  const address = server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  console.log(
    `server: ${stored.size} of ${pages.size} prerendered pages answered ` +
      `from memory, shared views and API reads once rendered; listening on ` +
      `http://${hostname ?? "localhost"}:${actual}`,
  );
});

/**
 * Asks Next.js (through this server, so the proxy and next.config headers apply) for each
 * immutable page, once as plain HTTP and once as forwarded HTTPS, and keeps the responses.
 * A page that cannot be stored is simply left to Next.js.
 * @param {string} base
 */
async function storePages(base) {
  for (const page of pages) {
    try {
      const fetchVariant = (/** @type {boolean} */ https) =>
        fetch(`${base}${page}`, { headers: https ? { "x-forwarded-proto": "https" } : {}, redirect: "manual" });
      const [plain, secure] = await Promise.all([fetchVariant(false), fetchVariant(true)]);
      // not what the manifest promised: leave it to Next.js
      if (plain.status !== 200 || secure.status !== 200) continue;
      const identity = Buffer.from(await plain.arrayBuffer());
      await secure.arrayBuffer();
      const variant = (/** @type {Response} */ r) => ({
        headers: replayableHeaders(r.headers),
        etag: r.headers.get("etag") ?? undefined,
      });
      stored.set(page, {
        body: await compressAll(identity),
        http: variant(plain),
        https: variant(secure),
      });
    } catch (err) {
      console.error(`server: could not store ${page}: ${err instanceof Error ? err.message : err}`);
    }
  }
}

/**
 * Compresses a body once, at the highest levels, off the main thread.
 * @param {Buffer} identity
 */
async function compressAll(identity) {
  const [gz, br] = await Promise.all([
    promisify(gzip)(identity, GZIP_OPTIONS),
    promisify(brotliCompress)(identity, brotliOptions(identity.length)),
  ]);
  return { gzip: gz, br };
}

/**
 * Renders a view or API read once through the private listener and keeps it when it may be
 * kept (lib/view-cache.mjs): a 200, and for pages the canonical URL of their view.
 * @param {string} url
 * @param {"page" | "api"} kind
 */
async function captureView(url, kind) {
  capturing.add(url);
  const versionAtStart = datasetVersion;
  try {
    const res = await fetch(`${inner}${url}`, { redirect: "manual" });
    let identity = Buffer.from(await res.arrayBuffer());
    if (res.status !== 200) return;
    /** @type {Array<[string, string]>} */
    let headers = replayableHeaders(res.headers).filter(
      ([name]) => !["cache-control", "etag"].includes(name.toLowerCase()),
    );
    const text = identity.toString("utf8");
    if (kind === "page" && !isCanonicalView(url, text)) return;
    // A page keeps the hashes of its own inline scripts instead of the nonce; JSON has none.
    const page = staticizePage(text, res.headers.get("content-security-policy") ?? "");
    identity = Buffer.from(page.html, "utf8");
    headers = headers.map(([name, value]) => [
      name,
      name.toLowerCase() === "content-security-policy" ? page.csp : value,
    ]);
    const etag = strongEtag(identity);
    headers.push(["Cache-Control", SHARED_CACHE_CONTROL], ["ETag", etag]);
    const body = await compressAll(identity);
    if (datasetVersion !== versionAtStart) return; // rendered from data that is no longer current
    views[viewSpace(url)].set(url, {
      body,
      http: { headers, etag },
      https: { headers: [...headers, ["Strict-Transport-Security", "max-age=63072000; includeSubDomains"]], etag },
    });
  } catch (err) {
    console.error(`server: could not keep ${url}: ${err instanceof Error ? err.message : err}`);
  } finally {
    capturing.delete(url);
  }
}

/** The dataset version the database holds now, as the API reports it. */
async function currentDatasetVersion() {
  try {
    const res = await fetch(`${inner}/api/v1/phases`);
    const json = /** @type {{ meta?: { datasetVersion?: { version?: string } } }} */ (await res.json());
    return json.meta?.datasetVersion?.version ?? null;
  } catch {
    return null;
  }
}

/**
 * A new dataset version in the database (a seed or an import while the server runs): the
 * views and API reads held are dropped and rendered again from the new data; prerendered
 * pages were built from the old version, so the server says that it must be rebuilt and
 * restarted.
 */
async function checkDatasetVersion() {
  const now = await currentDatasetVersion();
  if (now === null || now === datasetVersion) return;
  console.error(
    `server: the database now holds dataset version ${now} (was ` +
      `${datasetVersion}); shared views and API reads are refreshed, ` +
      "but prerendered pages still show the old version: run `npm run build` and restart (`npm run serve` does both)",
  );
  datasetVersion = now;
  clearViews();
  // The data module caches reads for 5 s (lib/data.ts): anything rendered from those last
  // reads is dropped once more after they have expired.
  setTimeout(clearViews, 6_000).unref();
}

function clearViews() {
  views.closed.clear();
  views.open.clear();
}

/**
 * SIGTERM/SIGINT: stop accepting connections, let requests in flight finish (idle keep-alive
 * connections are closed at once), then exit; after 10 s whatever is left is cut off.
 */
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    if (draining) return;
    draining = true;
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => {
      server.closeAllConnections();
      process.exit(0);
    }, 10_000).unref();
  });
}
