/**
 * Property-based fuzzing of every route against a running server: generated paths,
 * slugs, ids and query strings (unicode, very long, percent-encoded, path traversal,
 * SQL- and HTML-like). The property: never a 5xx, and every error is well formed —
 * JSON `{ error: { code, message } }` under /api, a page without a stack trace elsewhere.
 */
import fc from "fast-check";

const nasty = fc.constantFrom(
  "../../etc/passwd",
  "..%2F..%2Fetc%2Fpasswd",
  "' OR 1=1 --",
  '"; DROP TABLE Topic; --',
  "<script>alert(1)</script>",
  "%00",
  "%",
  "%E0%A4%A",
  "rag-systems",
  "RAG Systems",
  "V72",
  "V0",
  "V99999",
  "1.0.0",
  "rag-systems~evaluation",
  "🤖",
  "a".repeat(3000),
  "__proto__",
  "constructor",
);
const text = fc.oneof(
  nasty,
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.stringMatching(/^[a-z0-9-]{1,30}$/),
);

/** A value placed in a URL: usually percent-encoded, sometimes raw (fetch normalises what it can). */
const segment = fc
  .tuple(text, fc.boolean())
  .map(([t, raw]) => (raw ? t.replace(/[/?#\s]/g, "") : encodeURIComponent(t)));

const templates: Array<(a: string, b: string) => string> = [
  (a) => `/topics/${a}`,
  (a) => `/themes/${a}`,
  (a) => `/phases/${a}`,
  (a) => `/videos/${a}`,
  (a, b) => `/topics/${a}/${b}`,
  (a) => `/topics/rag-systems/${a}`,
  (a, b) => `/v/${a}/topics/${b}`,
  (a, b) => `/v/1.0.0/${a}/${b}`,
  (a, b) => `/?zoom=${a}&topic=${b}`,
  (a, b) => `/?color=${a}&view=${b}`,
  (a, b) => `/cooccurrence?cell=${a}~${b}`,
  (a, b) => `/cooccurrence?order=${a}&value=${b}`,
  (a) => `/embed/treemap?zoom=${a}`,
  (a) => `/embed/heatmap?cell=${a}`,
  (a) => `/og/topic/${a}`,
  (a, b) => `/og/${a}/${b}`,
  (a) => `/og/heatmap?cell=${a}`,
  (a) => `/api/v1/topics/${a}`,
  (a) => `/api/v1/themes/${a}`,
  (a) => `/api/v1/phases/${a}`,
  (a) => `/api/v1/videos/${a}`,
  (a, b) => `/api/v1/topics?theme=${a}&phase=${b}`,
  (a) => `/api/v1/videos?topic=${a}`,
  (a, b) => `/api/v1/cooccurrence?${a}=${b}`,
  (a, b) => `/api/v1/${a}/${b}`,
  (a, b) => `/api/v1/search?q=${a}&kind=${b}`,
  (a, b) => `/api/v1/search?q=${a}&limit=${b}`,
  (a) => `/search?q=${a}`,
  (a) => `/search-index/${a}`,
  (a) => `/${a}`,
  (a, b) => `/plan?topics=${a},rag-systems,${b}`,
  (a) => `/plan.md?topics=${a}`,
  (a, b) => `/og/plan?topics=${a}&${b}=1`,
  (a) => `/considerations/${a}`,
  (a) => `/api/v1/considerations/${a}`,
  (a, b) => `/api/v1/plan?topics=${a}&${b}=${a}`,
  (a, b) => `/api/v1/findings?${a}=${b}`,
];

export const fuzzPath = fc
  .tuple(fc.integer({ min: 0, max: templates.length - 1 }), segment, segment)
  .map(([i, a, b]) => templates[i](a, b));

export interface FuzzFailure {
  path: string;
  status: number;
  problem: string;
}

/** Checks one request; returns what is wrong with the answer, or null. */
export async function checkPath(base: string, path: string): Promise<FuzzFailure | null> {
  let url: URL;
  try {
    url = new URL(path, base);
  } catch {
    return null; // not a URL any client could send
  }
  const res = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(20_000) });
  const body = await res.text();
  if (res.status >= 500) return { path, status: res.status, problem: `server error: ${body.slice(0, 200)}` };
  if (/\bat [\w.<>]+ \(.*:\d+:\d+\)/.test(body) || /node_modules\//.test(body))
    return { path, status: res.status, problem: "stack trace or server path in the response" };
  if (url.pathname.startsWith("/api/") && res.status >= 400) {
    try {
      const json = JSON.parse(body);
      if (typeof json?.error?.code !== "string" || typeof json?.error?.message !== "string")
        return { path, status: res.status, problem: "API error without { error: { code, message } }" };
    } catch {
      return { path, status: res.status, problem: "API error that is not JSON" };
    }
  }
  return null;
}

export async function runFuzz(
  base: string,
  numRuns: number,
  seed?: number,
): Promise<{ tried: number; failures: FuzzFailure[] }> {
  const failures: FuzzFailure[] = [];
  let tried = 0;
  await fc.assert(
    fc.asyncProperty(fuzzPath, async (path) => {
      tried++;
      const failure = await checkPath(base, path);
      if (failure) failures.push(failure);
      return true; // collect every failure instead of shrinking to the first
    }),
    { numRuns, seed, endOnFailure: false },
  );
  return { tried, failures };
}
