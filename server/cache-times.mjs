// @ts-check
/**
 * Every cache time of the site in one place, because they depend on each other: the data
 * module's read cache (lib/data.ts), the server's dataset-version poll and its second clear
 * (server/response-store.mjs), and what kept responses tell browsers and shared caches
 * (server/response-store.mjs, lib/api/http.ts; nginx in front honours the same header).
 *
 * Plain JavaScript (checked by tsc through @ts-check): the server runs without a build step.
 */

/** The data module keeps each read this long: a few seconds of staleness spare the database. */
export const READ_CACHE_MS = 5_000;

/** How often the server asks for the dataset version the database holds. */
export const DATASET_VERSION_POLL_MS = 5_000;

/**
 * When a new dataset version appears, the server drops what it keeps at once, and once more
 * after this delay: pages rendered meanwhile may come from reads the data module cached
 * before the change, which expire after READ_CACHE_MS (one second of margin).
 */
export const SECOND_CLEAR_MS = READ_CACHE_MS + 1_000;

/**
 * How long a shared cache (nginx in front, a CDN) may answer a kept response without asking:
 * one second, then it revalidates with the ETag (a 304 while the dataset version holds). The
 * server notices a new dataset version within DATASET_VERSION_POLL_MS and drops what it kept,
 * so a shared cache shows a new version at most this much later than the server (README,
 * "Scale out with nginx").
 */
export const SHARED_CACHE_SECONDS = 1;

/** How long a browser may reuse a kept response without asking, and serve it stale while it asks. */
export const BROWSER_CACHE_SECONDS = 60;
export const STALE_WHILE_REVALIDATE_SECONDS = 600;

/**
 * Kept responses say they may be cached anywhere: by a browser for a minute, by a shared cache
 * for SHARED_CACHE_SECONDS, then revalidated by ETag.
 */
export const SHARED_CACHE_CONTROL =
  `public, max-age=${BROWSER_CACHE_SECONDS}, s-maxage=${SHARED_CACHE_SECONDS}, ` +
  `stale-while-revalidate=${STALE_WHILE_REVALIDATE_SECONDS}`;
