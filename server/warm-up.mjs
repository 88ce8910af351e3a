// @ts-check
/**
 * What the production server asks for once before its public port opens (response-store.mjs, `warm`), so that no
 * visitor waits while Next.js loads a route's code on its first request, and the live heap a running server needs
 * is there from the start rather than growing under the first visitors: one GET per route of the build, a dynamic
 * segment filled with a name that matches nothing (its 404 loads the same code), the view pages' default views
 * first (those are kept). Reads only: a GET never writes.
 */
import { VIEW_PAGES } from "./view-cache.mjs";

/** Stands in for every dynamic segment: no topic, theme, version, file or layer is called this. */
export const WARM_UP_SEGMENT = "kmap-warm-up";

/**
 * The URLs to warm up with, from the build's route patterns ("/topics/[slug]", "/api/[...path]"): the view pages
 * first, then each other route once, in the order given.
 * @param {Iterable<string>} routes  URL patterns (app-path-routes-manifest.json's values)
 * @returns {string[]}
 */
export function warmUpUrls(routes) {
  const urls = new Set(VIEW_PAGES);
  for (const route of routes) {
    urls.add(route.replace(/\[\[?(?:\.\.\.)?[^\]]+\]\]?/g, WARM_UP_SEGMENT));
  }
  return [...urls];
}
