// @ts-check
/**
 * The response store: every response the production server answers from memory, and the rules
 * for what it keeps and when it lets go.
 *
 *  - Prerendered pages (server/static-pages.mjs): a fixed set from the build, fetched once
 *    through the private listener before the public port opens, as plain HTTP and as forwarded
 *    HTTPS. A page that does not answer 200 is left to Next.js.
 *  - Shared views and API reads (server/view-cache.mjs): rendered once through the private
 *    listener the first time someone asks, kept when the answer is a 200 and, for a page, when
 *    the URL asked for is the view's canonical URL (the pages' own rule, lib/domain/views/
 *    canonical.ts, judged with the catalogue the API reports). Two LRUs bounded by the bytes of
 *    their compressed bodies: views from an unbounded URL space (search queries, plans) have
 *    their own, smaller one, so they cannot push out the treemap and heatmap views people share.
 *    At most MAX_CAPTURES are rendered at a time, each URL once; requests for a URL being rendered for
 *    the store wait for that rendering (whenKept) rather than start their own.
 *  - A new dataset version (polled every DATASET_VERSION_POLL_MS): everything kept from the
 *    data is dropped, and dropped once more SECOND_CLEAR_MS later, when the data module's read
 *    cache has expired (server/cache-times.mjs). A view whose rendering began before a drop is
 *    not kept: it may show the data of before.
 *
 *  - Before all of that, a link whose query string changes nothing — tracking parameters, parameters the page
 *    does not define, values that name nothing, any query on a prerendered page — is answered with a 308 to the
 *    canonical URL (lib/domain/views/redirect.ts, `redirect`), so it never reaches a render and never becomes
 *    an entry of its own.
 *
 * No HTTP server in here: the store fetches through `fetchInner` (the private listener in
 * production, a fake in tests/unit/response-store.test.ts) and uses the global timers.
 */
import { LRUCache } from "lru-cache";
import { DATASET_VERSION_POLL_MS, SECOND_CLEAR_MS, SHARED_CACHE_CONTROL } from "./cache-times.mjs";
import { HSTS } from "./http-guard.mjs";
import { compressAll } from "./compressed-bodies.mjs";
import { fastPathPage, isDocumentRead, replayableHeaders } from "./static-pages.mjs";
import { staticizePage, strongEtag, viewKind, viewSpace } from "./view-cache.mjs";

/** At most this many views and API reads are rendered for the store at the same time. */
export const MAX_CAPTURES = 8;

/** How many URLs `warm` asks for at a time. */
export const WARM_UP_CONCURRENCY = 4;

/** The sizes of the two view LRUs when the environment does not set them, in MB. */
export const DEFAULT_VIEW_CACHE_MB = { closed: 12, open: 2 };

/**
 * @typedef {{ headers: Array<[string, string]>; etag: string | undefined }} Variant
 * Bodies are kept compressed only; a client that accepts neither brotli nor gzip (rare) gets
 * the gzip body inflated on the way out (server/static-pages.mjs, sendStored).
 * @typedef {{ status?: number; body: { gzip: Buffer; br: Buffer }; http: Variant; https: Variant }} StoredResponse
 * @typedef {import("../lib/domain/views/canonical").ViewCatalogue} ViewCatalogue
 * @typedef {{ method?: string; url?: string; headers: Record<string, string | string[] | undefined> }} StoreRequest
 * @typedef {object} StoreOptions
 * @property {(url: string, init?: RequestInit) => Promise<Response>} fetchInner  path and query → Next.js's answer,
 *   without the store
 * @property {(url: string, catalogue: ViewCatalogue) => string | null} canonicalViewUrl  the pages' rule
 * @property {(url: string, context: import("../lib/domain/views/redirect").RedirectContext) => string | null}
 *   [canonicalRedirect]  where a URL whose parameters change nothing is redirected (none when not given)
 * @property {{ closed: number; open: number }} [viewCacheMb]  the LRU sizes
 * @property {(identity: Buffer) => Promise<import("./compressed-bodies.mjs").CompressedBody>} [compressPage]
 *   how a prerendered page is compressed (server/compressed-bodies.mjs: on disk, once per build)
 * @property {(path: string) => boolean} [unknownEntry]  paths Next.js can only answer with the site's 404 page
 *   (server/static-pages.mjs, unknownEntryRule); answered with the one kept by `storeNotFound`
 * @property {(line: string) => void} [log]
 */

/**
 * The view LRU sizes from the environment: KMAP_VIEW_CACHE_MB (the treemap and heatmap views and
 * the API reads) and KMAP_OPEN_VIEW_CACHE_MB (search queries and plans).
 * @param {Record<string, string | undefined>} env
 */
export function viewCacheMbFromEnv(env) {
  return {
    closed: Number(env.KMAP_VIEW_CACHE_MB ?? DEFAULT_VIEW_CACHE_MB.closed),
    open: Number(env.KMAP_OPEN_VIEW_CACHE_MB ?? DEFAULT_VIEW_CACHE_MB.open),
  };
}

/** @param {unknown} err */
const messageOf = (err) => (err instanceof Error ? err.message : String(err));

/** @param {StoreOptions} options */
export function createResponseStore({
  fetchInner,
  canonicalViewUrl,
  canonicalRedirect,
  viewCacheMb = DEFAULT_VIEW_CACHE_MB,
  compressPage = compressAll,
  unknownEntry = () => false,
  log = console.error,
}) {
  /** Prerendered pages by path. @type {Map<string, StoredResponse>} */
  const pages = new Map();
  /** The paths the fast path may answer (server/static-pages.mjs, fastPathPage). @type {Set<string>} */
  let pagePaths = new Set();
  /** The site's 404 page, for paths `unknownEntry` knows Next.js would answer with it. @type {StoredResponse | null} */
  let notFoundPage = null;
  /** @type {Record<"closed" | "open", LRUCache<string, StoredResponse>>} */
  const views = { closed: viewLru(viewCacheMb.closed), open: viewLru(viewCacheMb.open) };
  /** URLs being rendered for the store right now. @type {Map<string, Promise<void>>} */
  const capturing = new Map();
  /** @type {string | null} */
  let datasetVersion = null;
  /** Bumped on every drop: a rendering begun under an older generation is not kept. */
  let generation = 0;
  /**
   * The themes and topics the pages' rule is judged with: read at start and again on every drop.
   * @type {Promise<ViewCatalogue | null>}
   */
  let catalogue = Promise.resolve(null);
  /** The catalogue once read, for the redirect rule, which answers without waiting. @type {ViewCatalogue | null} */
  let knownCatalogue = null;
  /** @type {ReturnType<typeof setInterval> | undefined} */
  let poll;

  /**
   * @param {number} megabytes
   * @returns {LRUCache<string, StoredResponse>}
   */
  function viewLru(megabytes) {
    return new LRUCache({
      maxSize: Math.max(1, Math.floor(megabytes * 2 ** 20)),
      sizeCalculation: (entry) => entry.body.gzip.length + entry.body.br.length + 2048,
    });
  }

  /**
   * The URL of a request the view LRUs may answer (a plain GET/HEAD of a view page or an API read; not a
   * Next.js client request), or null.
   * @param {StoreRequest} req
   */
  function storableUrl(req) {
    if (!isDocumentRead(req)) return null;
    const url = req.url ?? "/";
    return viewKind(url) ? url : null;
  }

  /**
   * A plain GET/HEAD of the document at a path Next.js could only answer with the 404 page (query aside: the page
   * reads none).
   * @param {StoreRequest} req
   */
  function isUnknownEntryRequest(req) {
    return isDocumentRead(req) && unknownEntry((req.url ?? "/").split("?")[0]);
  }

  /**
   * What the store keeps of a response Next.js rendered for it: the body made static (a page lean, its nonce traded
   * for the hashes of its own inline scripts, server/view-cache.mjs; JSON has none) and compressed, Next.js's
   * replayable headers with the policy that goes with that body, and a variant with HSTS for requests forwarded
   * over HTTPS. `shared` (a view or API read, the same for everyone): Next.js's Cache-Control and ETag give way to
   * the shared Cache-Control and a strong ETag of the static body. Otherwise (the 404 page) Next.js's Cache-Control
   * (no-store) stays, and there is no ETag: nothing revalidates it.
   * @param {Response} res
   * @param {Buffer} rendered
   * @param {{ shared: boolean }} options
   * @returns {Promise<StoredResponse>}
   */
  async function keptResponse(res, rendered, { shared }) {
    const page = staticizePage(rendered.toString("utf8"), res.headers.get("content-security-policy") ?? "");
    const identity = Buffer.from(page.html, "utf8");
    const etag = shared ? strongEtag(identity) : undefined;
    const replaced = shared ? ["cache-control", "etag"] : ["etag"];
    /** @type {Array<[string, string]>} */
    const headers = replayableHeaders(res.headers)
      .filter(([name]) => !replaced.includes(name.toLowerCase()))
      .map(([name, value]) => [name, name.toLowerCase() === "content-security-policy" ? page.csp : value]);
    if (etag) headers.push(["Cache-Control", SHARED_CACHE_CONTROL], ["ETag", etag]);
    return {
      body: await compressAll(identity),
      http: { headers, etag },
      https: { headers: [...headers, ["Strict-Transport-Security", HSTS]], etag },
    };
  }

  /** Reads the catalogue, and hands it to the redirect rule once read. */
  function readCatalogue() {
    const reading = fetchCatalogue();
    void reading.then((read) => {
      if (read && catalogue === reading) knownCatalogue = read;
    });
    return reading;
  }

  /** @returns {Promise<ViewCatalogue | null>} */
  async function fetchCatalogue() {
    try {
      const data = async (/** @type {string} */ path) => {
        const res = await fetchInner(path);
        if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
        return /** @type {{ data: any[] }} */ (await res.json()).data;
      };
      const [themes, topics] = await Promise.all([data("/api/v1/themes"), data("/api/v1/topics")]);
      return { themes, topics };
    } catch (err) {
      log(`server: could not read the catalogue for canonical views: ${messageOf(err)}`);
      return null;
    }
  }

  /** The dataset version the database holds now, as the API reports it, or null when it cannot say. */
  async function currentDatasetVersion() {
    try {
      const res = await fetchInner("/api/v1/phases");
      const json = /** @type {{ meta?: { datasetVersion?: { version?: string } } }} */ (await res.json());
      return json.meta?.datasetVersion?.version ?? null;
    } catch {
      return null;
    }
  }

  /** Drops every view and API read kept, and what is being rendered; reads the catalogue again. */
  function dropViews() {
    generation++;
    views.closed.clear();
    views.open.clear();
    catalogue = readCatalogue();
  }

  /**
   * Renders a view or API read once and keeps it when it may be kept: a 200, and for a page
   * the canonical URL of its view, rendered from the data that is still current.
   * @param {string} url
   * @param {"page" | "api"} kind
   */
  async function capture(url, kind) {
    const generationAtStart = generation;
    const catalogueAtStart = catalogue;
    try {
      const res = await fetchInner(url, { redirect: "manual" });
      const identity = Buffer.from(await res.arrayBuffer());
      if (res.status !== 200) return;
      if (kind === "page") {
        const known = await catalogueAtStart;
        if (!known || canonicalViewUrl(url, known) !== url) return;
      }
      const kept = await keptResponse(res, identity, { shared: true });
      if (generation !== generationAtStart) return; // rendered from data that is no longer current
      views[viewSpace(url)].set(url, kept);
    } catch (err) {
      log(`server: could not keep ${url}: ${messageOf(err)}`);
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
    log(
      `server: the database now holds dataset version ${now} (was ` +
        `${datasetVersion}); shared views and API reads are refreshed, ` +
        "but prerendered pages still show the old version: run `npm run build` and restart (`npm run serve` does both)",
    );
    datasetVersion = now;
    dropViews();
    setTimeout(dropViews, SECOND_CLEAR_MS).unref();
  }

  return {
    /**
     * Fetches each prerendered page once as plain HTTP and once as forwarded HTTPS, and keeps
     * both answers. A page that cannot be stored is simply left to Next.js.
     * @param {Iterable<string>} paths
     */
    async storePages(paths) {
      pagePaths = new Set(paths);
      for (const path of pagePaths) {
        try {
          const fetchVariant = (/** @type {boolean} */ https) =>
            fetchInner(path, { headers: https ? { "x-forwarded-proto": "https" } : {}, redirect: "manual" });
          const [plain, secure] = await Promise.all([fetchVariant(false), fetchVariant(true)]);
          const identity = Buffer.from(await plain.arrayBuffer());
          await secure.arrayBuffer();
          // not what the manifest promised: leave it to Next.js
          if (plain.status !== 200 || secure.status !== 200) continue;
          const variant = (/** @type {Response} */ r) => ({
            headers: replayableHeaders(r.headers),
            etag: r.headers.get("etag") ?? undefined,
          });
          pages.set(path, { body: await compressPage(identity), http: variant(plain), https: variant(secure) });
        } catch (err) {
          log(`server: could not store ${path}: ${messageOf(err)}`);
        }
      }
    },

    /**
     * Keeps the site's 404 page (Next.js's prerendered not-found page, asked for at a path no route answers), as a
     * kept view: lean, with the hashes of its inline scripts in its policy. Its cache headers stay Next.js's (not
     * stored by anyone). Not kept when it does not answer a 404 HTML page: then Next.js answers those paths.
     * @param {string} path  a path that no route answers
     */
    async storeNotFound(path) {
      try {
        const res = await fetchInner(path, { redirect: "manual" });
        const rendered = Buffer.from(await res.arrayBuffer());
        if (res.status !== 404 || !(res.headers.get("content-type") ?? "").startsWith("text/html")) {
          log(`server: ${path} answered ${res.status}, not the 404 page: unknown entries are left to Next.js`);
          return;
        }
        notFoundPage = { status: 404, ...(await keptResponse(res, rendered, { shared: false })) };
      } catch (err) {
        log(`server: could not keep the 404 page: ${messageOf(err)}`);
      }
    },

    /**
     * Reads the dataset version and the catalogue (so the redirect rule and `whenKept` know the views from the
     * first request on), and starts watching the version.
     */
    async start() {
      catalogue = readCatalogue();
      [datasetVersion] = await Promise.all([currentDatasetVersion(), catalogue]);
      poll ??= setInterval(() => void checkDatasetVersion(), DATASET_VERSION_POLL_MS);
      poll.unref();
    },

    /**
     * Asks for each URL once before the public port opens, so the code Next.js loads for a route on its first
     * request is loaded before anyone waits for it, and the default views are kept from the start. A view or
     * API read is kept as usual (`lookup`); any other URL (a 404 page) is only fetched. Failures are logged.
     * @param {Iterable<string>} urls
     */
    async warm(urls) {
      const queue = [...urls];
      const one = async (/** @type {string} */ url) => {
        const kind = viewKind(url);
        if (kind) return capture(url, kind);
        await fetchInner(url, { redirect: "manual" }).then(
          (res) => res.arrayBuffer(),
          (err) => log(`server: could not warm ${url}: ${messageOf(err)}`),
        );
      };
      const worker = async () => {
        for (let url = queue.shift(); url !== undefined; url = queue.shift()) await one(url);
      };
      await Promise.all(Array.from({ length: WARM_UP_CONCURRENCY }, worker));
    },

    /** Stops watching the dataset version. */
    stop() {
      clearInterval(poll);
      poll = undefined;
    },

    /**
     * Where a request must be redirected (a 308) because its query string changes nothing, or null: then
     * `lookup` and Next.js answer it. Only for a plain GET/HEAD of the document (a Next.js client request is
     * left alone); view pages only once the catalogue has been read.
     * @param {StoreRequest} req
     * @returns {string | null}
     */
    redirect(req) {
      if (!canonicalRedirect || !isDocumentRead(req)) return null;
      const url = req.url ?? "/";
      if (!url.includes("?")) return null;
      return canonicalRedirect(url, { catalogue: knownCatalogue, prerendered: pagePaths });
    },

    /**
     * The stored response for a request, or undefined: then `whenKept` or Next.js answers it, and a view or
     * API read not yet kept is rendered for the store (unless MAX_CAPTURES are under way).
     * @param {StoreRequest} req
     * @returns {StoredResponse | undefined}
     */
    lookup(req) {
      const page = fastPathPage(req, pagePaths);
      const stored = page ? pages.get(page) : undefined;
      if (stored) return stored;
      if (notFoundPage && isUnknownEntryRequest(req)) return notFoundPage;
      const url = storableUrl(req);
      if (!url) return undefined;
      const view = views[viewSpace(url)].get(url);
      if (!view && !capturing.has(url) && capturing.size < MAX_CAPTURES) {
        capturing.set(
          url,
          capture(url, /** @type {"page" | "api"} */ (viewKind(url))).finally(() => capturing.delete(url)),
        );
      }
      return view;
    },

    /**
     * When the request's URL is being rendered for the store right now and its answer will be kept (an API
     * read; a page at its view's canonical URL): the stored response once that rendering ends, or undefined if
     * it was not kept after all (a 404, a new dataset version). Everyone who opens a new link at once waits
     * for that one rendering instead of each starting their own. Otherwise undefined: Next.js answers.
     * @param {StoreRequest} req
     * @returns {Promise<StoredResponse | undefined> | undefined}
     */
    whenKept(req) {
      const url = storableUrl(req);
      const rendering = url ? capturing.get(url) : undefined;
      if (!url || !rendering) return undefined;
      if (viewKind(url) === "page" && (!knownCatalogue || canonicalViewUrl(url, knownCatalogue) !== url)) {
        return undefined;
      }
      return rendering.then(() => views[viewSpace(url)].get(url));
    },

    /** Resolves once every rendering under way has been kept or given up (for tests and benchmarks). */
    async settled() {
      while (capturing.size > 0) await Promise.all(capturing.values());
    },

    /** How many responses are kept: prerendered pages, and views in each LRU. */
    counts() {
      return { pages: pages.size, closed: views.closed.size, open: views.open.size };
    },

    checkDatasetVersion,
  };
}
