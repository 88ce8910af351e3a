/**
 * The canonical URL of a shared view: the one address of the view a link asks for. The pages
 * state it as og:url (so a shared link previews as itself), and the production server keeps a
 * rendered view only when it was asked for under exactly this address (server/response-store.mjs),
 * so the number of views it keeps is bounded by the views that exist, not by what clients send.
 *
 * One rule for both: the pages call the functions below, and the server runs the same code,
 * compiled with the build (server/compile-view-rules.mjs), with the catalogue the API reports.
 */
import { parseTreemapState, serializeTreemapState, type TreemapCatalogue, type TreemapState } from "../treemap/url";
import { parseHeatmapState, serializeHeatmapState, type HeatmapState } from "../heatmap/url";
import { parsePlanTopics, planNotice, planPath } from "../plan/url";
import { normaliseQuery } from "../search/query";

/** What deciding a view's canonical URL needs to know: which themes and topics exist. */
export type ViewCatalogue = TreemapCatalogue;

/** The treemap (home page) showing `state`. */
export function treemapViewUrl(state: TreemapState): string {
  return `/${serializeTreemapState(state)}`;
}

/** The co-occurrence heatmap showing `state`. */
export function heatmapViewUrl(state: HeatmapState): string {
  return `/cooccurrence${serializeHeatmapState(state)}`;
}

/** The results of a search for `query`, already normalised (normaliseQuery). */
export function searchViewUrl(query: string): string {
  return query === "" ? "/search" : `/search?${new URLSearchParams({ q: query })}`;
}

/** The search query a page reads from its `q` parameter (the first, when given several times). */
export function searchQueryOf(value: string | readonly string[] | null | undefined): string {
  return normaliseQuery(typeof value === "string" ? value : (value?.[0] ?? ""));
}

/** A view page's parameters as its page reads them: the canonical URL of that view, and the notices it shows. */
export interface ReadView {
  /** Path and query. */
  url: string;
  /** The page's notices for values that name nothing (the texts its parser gives), or []. */
  notices: string[];
}

/**
 * The view page at `path` (/, /cooccurrence, /search, /plan) with `params`, read the way its page reads them,
 * or null when `path` is not a view page.
 */
export function readView(path: string, params: URLSearchParams, catalogue: ViewCatalogue): ReadView | null {
  switch (path) {
    case "/": {
      const { state, notices } = parseTreemapState(params, catalogue);
      return { url: treemapViewUrl(state), notices };
    }
    case "/cooccurrence": {
      const { state, notices } = parseHeatmapState(params, new Set(catalogue.topics.map((t) => t.slug)));
      return { url: heatmapViewUrl(state), notices };
    }
    case "/search":
      return { url: searchViewUrl(searchQueryOf(params.getAll("q"))), notices: [] };
    case "/plan": {
      const parsed = parsePlanTopics(
        params.getAll("topics"),
        catalogue.topics.map((t) => t.slug),
      );
      const notice = planNotice(parsed);
      return { url: planPath(parsed.picks), notices: notice ? [notice] : [] };
    }
    default:
      return null;
  }
}

/**
 * The canonical URL (path and query) of the view `url` asks for, read the way its page reads
 * it, or null when `url` is not a view page (/, /cooccurrence, /search, /plan).
 * @param url  path and query, as sent
 */
export function canonicalViewUrl(url: string, catalogue: ViewCatalogue): string | null {
  const at = url.indexOf("?");
  const path = at < 0 ? url : url.slice(0, at);
  return readView(path, new URLSearchParams(at < 0 ? "" : url.slice(at + 1)), catalogue)?.url ?? null;
}

/** Whether `url` is, as sent, the canonical URL of the view it asks for. */
export function isCanonicalView(url: string, catalogue: ViewCatalogue): boolean {
  return canonicalViewUrl(url, catalogue) === url;
}
