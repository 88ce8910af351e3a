// @ts-check
/**
 * The API's entry reads (/api/v1/topics/<slug>, /api/v1/videos/<id>, …) reach Next.js at one path.
 *
 * Next.js's router remembers every path it has looked up on disk, found or not, in a cache of its own (up to
 * about 50,000 paths). A crawler walking unknown slugs of the API filled it by ~150 bytes a path. So the
 * production server hands such a read to Next.js at ENTRY_READ_ROUTE, with the path asked for in
 * ENTRY_READ_HEADER: app/api/entry-read/route.ts calls the entry's own route handler with it, so the answer is
 * the endpoint's own, byte for byte, and Next.js looks up one path for all of them. The server removes the header
 * from every request it does not hand over itself: a client cannot name a path with it.
 */

/** Where Next.js is asked for an entry read. */
export const ENTRY_READ_ROUTE = "/api/entry-read";

/** The request header that carries the path asked for (set by the server only). */
export const ENTRY_READ_HEADER = "x-kmap-entry-read";

/** The entry endpoints, with the name of their path parameter (lib/api/endpoints.ts). */
export const ENTRY_READ_PARAMS = /** @type {const} */ ({
  topics: "slug",
  themes: "slug",
  phases: "slug",
  considerations: "slug",
  videos: "id",
});

/** @typedef {keyof typeof ENTRY_READ_PARAMS} EntryKind */

/** One of those endpoints, and a parameter with nothing to decode (the router would hand it over as sent). */
const ENTRY_READ_PATH = new RegExp(`^/api/v1/(${Object.keys(ENTRY_READ_PARAMS).join("|")})/([A-Za-z0-9_-]+)$`);

/**
 * The entry endpoint and parameter a path reads, or null: `/api/v1/topics/rag-systems` → topics, "rag-systems".
 * Only a parameter with nothing to decode; anything else goes to Next.js as it came.
 * @param {string} path  the path as sent, without the query
 * @returns {{ kind: EntryKind; param: string } | null}
 */
export function entryRead(path) {
  const match = ENTRY_READ_PATH.exec(path);
  return match ? { kind: /** @type {EntryKind} */ (match[1]), param: match[2] } : null;
}

/**
 * Hands a GET or HEAD of an entry read to ENTRY_READ_ROUTE (keeping its query); removes ENTRY_READ_HEADER from
 * any other request.
 * @param {{ method?: string; url?: string; headers: Record<string, string | string[] | undefined> }} req
 */
export function handOverEntryRead(req) {
  delete req.headers[ENTRY_READ_HEADER];
  if (req.method !== "GET" && req.method !== "HEAD") return;
  const url = req.url ?? "/";
  const queryAt = url.indexOf("?");
  const path = queryAt < 0 ? url : url.slice(0, queryAt);
  if (!entryRead(path)) return;
  req.headers[ENTRY_READ_HEADER] = path;
  req.url = ENTRY_READ_ROUTE + (queryAt < 0 ? "" : url.slice(queryAt));
}
