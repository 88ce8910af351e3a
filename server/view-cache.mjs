// @ts-check
/**
 * Shared views and API reads from memory (server/response-store.mjs keeps them), as pure rules.
 *
 * The pages people share — the treemap and the heatmap with a view in their URL, search
 * results, plans — and every API read depend only on their URL and the dataset version. So
 * the server renders each once through Next.js and keeps the response, exactly like the
 * prerendered pages, in a size-bounded LRU that is emptied when the dataset version changes.
 *
 * What may be kept:
 *  - a page view only when its URL is the view's canonical URL, by the rule the pages use for
 *    their og:url (lib/domain/views/canonical.ts). Anything else — unknown values, parameters
 *    in another order, junk — is rendered per request and never stored, so the number of
 *    entries is bounded by the finite view space, not by what clients send;
 *  - an API read only when it answered 200 (unknown slugs and bad parameters are not kept).
 * Pages rendered per request carry a nonce CSP; a kept page is served with the hashes of its
 * own inline scripts instead (and its nonce attributes removed), so it never needs
 * 'unsafe-inline' and a reverse proxy or CDN may cache it too.
 */
import { createHash } from "node:crypto";
import { inlineScriptHashes } from "./csp-inline.mjs";
import { leanPage } from "./lean-html.mjs";
import { LAYER_API_PREFIX } from "./http-guard.mjs";

/** Paths whose page depends on the query string only. */
export const VIEW_PAGES = new Set(["/", "/cooccurrence", "/search", "/plan"]);

/** Every API read under this prefix depends only on its URL and the dataset version. */
export const API_READ_PREFIX = "/api/v1/";

/**
 * Views whose URL carries free text or a free combination — search queries, plans — have no
 * finite canonical space: any query is its own canonical view. They are kept in a separate,
 * smaller LRU (server/response-store.mjs) so a crawler sending endless queries cannot evict
 * the treemap and heatmap views people actually share.
 */
export const OPEN_VIEW_PATHS = new Set(["/search", "/plan", "/api/v1/search", "/api/v1/plan"]);

/**
 * "open" for URLs from an unbounded space (OPEN_VIEW_PATHS), "closed" for the rest.
 * @param {string} url  path and query, as sent
 * @returns {"open" | "closed"}
 */
export function viewSpace(url) {
  return OPEN_VIEW_PATHS.has(url.split("?")[0]) ? "open" : "closed";
}

/**
 * "page" or "api" when a GET for this URL may be answered from the view cache, else null.
 * @param {string} url  path and query, as sent
 * @returns {"page" | "api" | null}
 */
export function viewKind(url) {
  const path = url.split("?")[0];
  if (VIEW_PAGES.has(path)) return "page";
  // A layer changes with every save and is nobody else's: never kept.
  if (path === LAYER_API_PREFIX || path.startsWith(`${LAYER_API_PREFIX}/`)) return null;
  if (path.startsWith(API_READ_PREFIX)) return "api";
  return null;
}

/**
 * A per-request page made static: made lean (server/lean-html.mjs: no payload stylesheet copies, the
 * inline stylesheet cut to the page's rules and the whole one linked),
 * nonce attributes removed, and the policy's nonce source replaced by the hashes of the page's own
 * inline scripts.
 * @param {string} rendered
 * @param {string} csp
 * @returns {{ html: string; csp: string }}
 */
export function staticizePage(rendered, csp) {
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  const html = leanPage(rendered).html;
  const withoutNonce = nonce ? html.replaceAll(` nonce="${nonce}"`, "") : html;
  const hashes = inlineScriptHashes(withoutNonce);
  const policy = nonce ? csp.replace(` 'nonce-${nonce}'`, hashes.map((h) => ` ${h}`).join("")) : csp;
  return { html: withoutNonce, csp: policy };
}

/**
 * A strong ETag of a body.
 * @param {Buffer} body
 */
export function strongEtag(body) {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}
