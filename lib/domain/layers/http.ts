/**
 * The HTTP rules of the layer endpoints, pure: the ETag of a revision, reading If-Match and the
 * bearer token, and the per-client write rate (counted in the database by lib/layers/write-rate.ts, so that
 * every server process applies one limit). The route handlers (app/api/v1/layers) apply them.
 */

/** The strong ETag of a layer at a revision: the revision names the representation. */
export function layerEtag(revision: number): string {
  return `"r${revision}"`;
}

/**
 * The revision an If-Match header names: `"r3"` → 3. null when the header is missing, `*`, weak
 * (W/ never matches for writes, RFC 9110 13.1.1), a list, or not one of ours.
 */
export function ifMatchRevision(header: string | null): number | null {
  const m = /^\s*"r([1-9][0-9]{0,8})"\s*$/.exec(header ?? "");
  return m ? Number(m[1]) : null;
}

/** The token of `Authorization: Bearer <token>`, or null when there is none of that form. */
export function bearerToken(header: string | null): string | null {
  const m = /^\s*Bearer\s+([A-Za-z0-9_-]{16,200})\s*$/i.exec(header ?? "");
  return m ? m[1] : null;
}

/** Ids and tokens are base64url of random bytes: 18 bytes = 144 bits → 24 characters. */
export const LAYER_ID_PATTERN = /^[A-Za-z0-9_-]{24}$/;

export interface RateLimit {
  /** Writes allowed per client within `windowMs`. */
  max: number;
  windowMs: number;
}

export const DEFAULT_WRITE_RATE: RateLimit = { max: 60, windowMs: 60_000 };

/** The window a moment falls in: its index (`bucket`) and the milliseconds elapsed in it. */
export function rateWindow(now: number, windowMs: number): { bucket: number; elapsed: number } {
  const bucket = Math.floor(now / windowMs);
  return { bucket, elapsed: now - bucket * windowMs };
}

/**
 * The write rate as a sliding window, approximated by two fixed ones (what a shared counter can hold):
 * the previous window's writes weigh in proportion to how much of it still lies within the last
 * `windowMs`. The answer is how many writes the current window may hold `elapsed` ms into it; a write
 * goes on when fewer than that were counted.
 */
export function currentCapacity(limit: RateLimit, previous: number, elapsed: number): number {
  return Math.floor(limit.max - previous * (1 - elapsed / limit.windowMs) + 1e-9);
}

/**
 * The seconds to wait (Retry-After, at least 1) after a refused write, `current` writes counted in the
 * window `elapsed` ms old and `previous` in the one before: until the previous window weighs little
 * enough, or — when the current one is full by itself — into the next window, where it weighs in turn.
 */
export function retryAfterSeconds(limit: RateLimit, previous: number, current: number, elapsed: number): number {
  const W = limit.windowMs;
  // the moment (ms into a window) from which `earlier` writes in the window before leave room for `now + 1`
  const freeFrom = (earlier: number, now: number) =>
    earlier <= 0 ? 0 : Math.max(0, W * (1 - (limit.max - now - 1) / earlier));
  const waitMs = current + 1 <= limit.max ? freeFrom(previous, current) - elapsed : W - elapsed + freeFrom(current, 0);
  return Math.max(1, Math.ceil(Math.round(waitMs) / 1000)); // whole ms first: 19000.000000000004 is 19 s
}

/** The write rate from the environment (KMAP_LAYER_WRITES_PER_MINUTE), else the default. */
export function writeRateFromEnv(env: Record<string, string | undefined>): RateLimit {
  const n = Number(env.KMAP_LAYER_WRITES_PER_MINUTE);
  return Number.isInteger(n) && n > 0 ? { max: n, windowMs: 60_000 } : DEFAULT_WRITE_RATE;
}

/** The request header in which proxy.ts hands a compare link's query to its not-found page. */
export const COMPARE_QUERY_HEADER = "x-kmap-compare-query";
