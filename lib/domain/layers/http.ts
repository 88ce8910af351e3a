/**
 * The HTTP rules of the layer endpoints, pure: the ETag of a revision, reading If-Match and the
 * bearer token, and the per-client write rate. The route handlers (app/api/v1/layers) apply them.
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

/**
 * A sliding-window counter of writes per client. `take` answers 0 when the write may go on, else
 * the seconds to wait (Retry-After). Bounded: at most `maxClients` clients are tracked, the
 * oldest forgotten first.
 */
export function createRateLimiter(limit: RateLimit, maxClients = 10_000) {
  const hits = new Map<string, number[]>();
  return {
    take(client: string, now: number): number {
      const since = now - limit.windowMs;
      const recent = (hits.get(client) ?? []).filter((t) => t > since);
      hits.delete(client);
      if (recent.length >= limit.max) {
        hits.set(client, recent);
        return Math.max(1, Math.ceil((recent[0] + limit.windowMs - now) / 1000));
      }
      recent.push(now);
      hits.set(client, recent);
      if (hits.size > maxClients) hits.delete(hits.keys().next().value as string);
      return 0;
    },
    size: () => hits.size,
  };
}

/** The write rate from the environment (KMAP_LAYER_WRITES_PER_MINUTE), else the default. */
export function writeRateFromEnv(env: Record<string, string | undefined>): RateLimit {
  const n = Number(env.KMAP_LAYER_WRITES_PER_MINUTE);
  return Number.isInteger(n) && n > 0 ? { max: n, windowMs: 60_000 } : DEFAULT_WRITE_RATE;
}

/** The request header in which proxy.ts hands a compare link's query to its not-found page. */
export const COMPARE_QUERY_HEADER = "x-kmap-compare-query";
