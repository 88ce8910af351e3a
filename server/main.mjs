// @ts-check
/**
 * The production server: Next.js behind the rules of this folder, wired together. `npm start` runs it (through the
 * root server.mjs) after `npm run build`:  node server.mjs [-p PORT] [-H HOSTNAME]  (listen-options.mjs).
 *
 * Before Next.js: the HTTP contract (http-guard.mjs). Then a 308 for a link whose parameters change nothing
 * (lib/domain/views/redirect.ts), and what is answered from memory (response-store.mjs: prerendered pages, shared
 * views, API reads, the 404 page of an unknown entry); pages rendered per request go out lean (lean-response.mjs).
 * The build must hold together (build-contract.mjs), or the server says what to run and exits 2.
 */
import { createServer } from "node:http";
import { join } from "node:path";
import next from "next";
import { BuildContractError, distDir, loadViewRules, readBuild } from "./build-contract.mjs";
import { cachedCompressor, compressedBodiesDir } from "./compressed-bodies.mjs";
import { baseSecurityHeaders, clientAddress, connectRefusal, earlyAnswer, isTemplatePath } from "./http-guard.mjs";
import { SHARED_CACHE_CONTROL } from "./cache-times.mjs";
import { createResponseStore, viewCacheMbFromEnv } from "./response-store.mjs";
import { immutablePages, isHttps, sendStored, unknownEntryRule } from "./static-pages.mjs";
import { listenOptions } from "./listen-options.mjs";
import { warmUpUrls } from "./warm-up.mjs";
import { holdForLeanHtml, mayBeLeanPage } from "./lean-response.mjs";
import { handOverEntryRead } from "./entry-reads.mjs";

/** @type {Record<string, string | undefined>} */ (process.env).NODE_ENV = "production";
const root = join(import.meta.dirname, "..");
const listen = listenOptions(process.argv.slice(2), process.env);
if ("error" in listen) {
  console.error(`server: ${listen.error}`);
  process.exit(2);
}
const { port, hostname } = listen;

let build;
let viewRules;
try {
  build = readBuild(root);
  viewRules = await loadViewRules(root, build.buildId);
} catch (err) {
  if (!(err instanceof BuildContractError)) throw err;
  console.error(`server: ${err.message}`);
  process.exit(2);
}
const pages = immutablePages(build.manifest);

const app = next({ dev: false, dir: root, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

/** A path no route answers: Next.js answers it with the site's 404 page. */
const NOT_FOUND_PATH = "/_kmap/not-found";

/** Set on SIGTERM/SIGINT: requests still arriving on open connections close them. */
let draining = false;

/**
 * Every response starts with the security headers (Next.js replaces the CSP with the page's
 * own); methods other than GET/HEAD/OPTIONS get a 405 here; a route template's own name
 * ("/topics/[slug]") is an unknown page. Then the store, unless `useStore` is false (the
 * private listener), and Next.js.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 */
function answer(req, res, useStore = true) {
  const rawPath = (req.url ?? "/").split("?")[0];
  if (draining) res.setHeader("Connection", "close");
  for (const [name, value] of baseSecurityHeaders(rawPath, isHttps(req.headers))) res.setHeader(name, value);
  const early = earlyAnswer(req.method, rawPath);
  if (early) {
    res.statusCode = early.status;
    for (const [name, value] of early.headers) res.setHeader(name, value);
    return void res.end(early.body);
  }
  if (isTemplatePath(rawPath)) req.url = NOT_FOUND_PATH; // Next.js answers with the site's 404 page
  const location = useStore ? store.redirect(req) : null;
  if (location) {
    // Relative: the client resolves it against the URL it asked for, whatever the host and scheme.
    res.writeHead(308, { Location: location, "Cache-Control": SHARED_CACHE_CONTROL, "Content-Length": "0" });
    return void res.end();
  }
  // Who a layer write is counted against (never what the client says about itself); the private listener's
  // requests come from the store, which never writes.
  req.headers["x-kmap-client"] = useStore
    ? clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"])
    : "kmap-store";
  const stored = useStore ? store.lookup(req) : undefined;
  if (stored) return sendStored(req, res, stored);
  // A new link opened by many at once is rendered once: they wait for the store's rendering of it.
  const kept = useStore ? store.whenKept(req) : undefined;
  if (kept) return void kept.then((view) => (view ? sendStored(req, res, view) : render(req, res, rawPath, useStore)));
  render(req, res, rawPath, useStore);
}

/**
 * Next.js answers: a page rendered for this request, or an API answer the store does not keep (an entry read
 * handed over at one path: server/entry-reads.mjs).
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {string} rawPath
 * @param {boolean} lean  false on the private listener: the store makes what it keeps lean itself
 */
function render(req, res, rawPath, lean) {
  // Rendered for this request: sent without the payload's stylesheet copies (the store's are made lean when kept).
  if (lean && mayBeLeanPage(req.method, rawPath, req.headers)) holdForLeanHtml(req, res);
  // An entry read of the API reaches Next.js at one path, so unknown slugs leave no trace in its lookup cache.
  handOverEntryRead(req);
  handle(req, res);
}

// A private loopback listener straight to Next.js (no store): the pages are stored through it
// before the public port opens, so once the server accepts connections every immutable page
// is answered from memory; views and API reads are rendered through it for the store.
const privateListener = createServer((req, res) => answer(req, res, false));
await new Promise((resolve) => privateListener.listen(0, "127.0.0.1", () => resolve(undefined)));
const inner = `http://127.0.0.1:${/** @type {import("node:net").AddressInfo} */ (privateListener.address()).port}`;
const store = createResponseStore({
  fetchInner: (url, init) => fetch(`${inner}${url}`, init),
  canonicalViewUrl: viewRules.canonicalViewUrl,
  canonicalRedirect: viewRules.canonicalRedirect,
  viewCacheMb: viewCacheMbFromEnv(process.env),
  compressPage: cachedCompressor(compressedBodiesDir(join(root, distDir()))),
  unknownEntry: unknownEntryRule({ ...build, canonicalEntryPath: viewRules.canonicalEntryPath }),
});
await store.storePages(pages);
await store.storeNotFound(NOT_FOUND_PATH);
await store.start();
await store.warm(warmUpUrls(build.routes));

const server = createServer(
  {
    // Slow or idle clients are cut off on purpose (README, "Hardening"): headers within 10 s, the whole request within
    // 30 s; an idle keep-alive connection closes after 5 s (above the 4 s typical of proxies in front, below 60 s).
    headersTimeout: 10_000,
    requestTimeout: 30_000,
    keepAliveTimeout: 5_000,
  },
  answer,
);
// CONNECT never reaches the request handler (Node.js hands it the raw socket): the same 405.
server.on("connect", (_req, /** @type {import("node:stream").Duplex} */ socket) => socket.end(connectRefusal()));
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
    `server: ${store.counts().pages} of ${pages.length} prerendered pages answered from memory, shared views and ` +
      `API reads once rendered; listening on http://${hostname ?? "localhost"}:${actual}`,
  );
});

/** SIGTERM/SIGINT: stop accepting, let requests in flight finish (idle connections close at once); 10 s at most. */
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    if (draining) return;
    draining = true;
    store.stop();
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => {
      server.closeAllConnections();
      process.exit(0);
    }, 10_000).unref();
  });
}
