/**
 * Links as people paste them carry parameters that change nothing: tracking parameters that chat tools and
 * newsletters append (utm_*, fbclid, gclid, mc_*, ref), parameters a page does not define, values that name
 * nothing. Rendering each such URL would cost a full render per open and let a crawler multiply what a cache
 * keeps. So every such URL is sent, with a 308, to the one address of what it shows:
 *
 *  - a prerendered page (topics, themes, phases, considerations, videos, …) defines no parameter at all: any
 *    query string goes, whatever it holds;
 *  - a view page (/, /cooccurrence, /search, /plan) keeps its own parameters, read the way the page reads them
 *    (lib/domain/views/canonical.ts): everything else is dropped, and a value that names nothing gives way to
 *    the nearest valid view (the default for that parameter, or the plan without the unknown topics).
 *
 * The notice a page shows for such a value ("The link names a topic “nope” that does not exist…") is kept by
 * carrying the page's own parameters, as sent, in the redirect's fragment (`#link=…`). A fragment never reaches
 * a server or a cache, so the number of distinct URLs any cache sees stays the number of views that exist; the
 * page reads it after loading (linkFromFragment) and shows the notices its own parser gives for it, the same
 * texts as before (clipped by the parsers, never free text).
 *
 * The production server applies this rule before anything else (server/response-store.mjs, redirect), compiled
 * with the build (scripts/compile-view-rules.mjs); the nginx front applies the part that needs no catalogue
 * (prerendered pages) itself (server/nginx-config.ts).
 */
import { readView, type ViewCatalogue } from "./canonical";

/** The parameters each view page defines; any other is dropped by its canonical URL. */
export const VIEW_PARAMS: Readonly<Record<string, readonly string[]>> = {
  "/": ["zoom", "topic", "color", "view"],
  "/cooccurrence": ["cell", "order", "value", "view"],
  "/search": ["q"],
  "/plan": ["topics"],
};

/** The fragment key that carries a link's own parameters, as sent, to the page it was redirected to. */
export const LINK_FRAGMENT = "link";

/** Longer fragments are not carried (the Location header stays small); the page then shows no notice. */
export const MAX_LINK_FRAGMENT = 2_048;

export interface RedirectContext {
  /** The themes and topics that exist; null while unknown (view pages are then left alone). */
  catalogue: ViewCatalogue | null;
  /** The paths of the prerendered pages of the build. */
  prerendered: ReadonlySet<string>;
}

/**
 * The notices the page at `path` shows for `params` (the same texts the page's own parser gives), or [] for a
 * page without notices.
 */
export function viewNotices(path: string, params: URLSearchParams, catalogue: ViewCatalogue): string[] {
  return readView(path, params, catalogue)?.notices ?? [];
}

/**
 * Where a GET for `url` must be redirected (308) so that no parameter that changes nothing reaches a render:
 * the canonical URL, with `#link=…` when the page has notices for what was sent; or null when `url` is already
 * canonical, is not a page this rule knows, or is a view page while the catalogue is unknown.
 * @param url  path and query, as sent
 */
export function canonicalRedirect(url: string, context: RedirectContext): string | null {
  const at = url.indexOf("?");
  if (at < 0) return null;
  const path = url.slice(0, at);
  if (context.prerendered.has(path)) return path;
  const own = VIEW_PARAMS[path];
  if (!own || !context.catalogue) return null;
  // The page reads only its own parameters, so reading the kept ones gives the view and its notices at once.
  const kept = new URLSearchParams();
  // forEach, not for…of: the Lua build's URLSearchParams (server/lua/form-params.ts) has no iterator.
  new URLSearchParams(url.slice(at + 1)).forEach((value, key) => {
    if (own.includes(key)) kept.append(key, value);
  });
  const view = readView(path, kept, context.catalogue);
  if (view === null || view.url === url) return null;
  if (view.notices.length === 0) return view.url;
  // Form-encoded already, so it can stand in a fragment as it is: #link=zoom=nope&color=rainbow.
  const fragment = `${LINK_FRAGMENT}=${kept.toString()}`;
  return fragment.length > MAX_LINK_FRAGMENT ? view.url : `${view.url}#${fragment}`;
}

/**
 * The parameters a redirect carried in the fragment (`#link=…`, location.hash as the page sees it), or null
 * when the fragment is not one.
 */
export function linkFromFragment(hash: string): URLSearchParams | null {
  const prefix = `#${LINK_FRAGMENT}=`;
  return hash.startsWith(prefix) ? new URLSearchParams(hash.slice(prefix.length)) : null;
}
