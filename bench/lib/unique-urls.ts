/**
 * URLs that are all different, as a crawler or a loop would send them: unknown slugs and
 * ids, unknown filter values, view parameters, query strings on prerendered pages, search
 * queries and plans. Deterministic for a given count.
 */
const TEMPLATES: Array<(token: string, i: number) => string> = [
  (t) => `/api/v1/topics/${t}`,
  (t) => `/api/v1/themes/${t}`,
  (_, i) => `/api/v1/videos/V${100_000 + i}`,
  (t) => `/api/v1/topics?theme=${t}`,
  (t) => `/api/v1/topics?phase=${t}`,
  (t) => `/api/v1/videos?topic=${t}`,
  (t) => `/topics/${t}`,
  (_, i) => `/videos/V${100_000 + i}`,
  (t) => `/?zoom=${t}&topic=${t}`,
  (t) => `/cooccurrence?cell=${t}~evaluation&value=${t}`,
  (t) => `/topics/rag-systems?ref=${t}`,
  (t) => `/search?q=${t}`,
  (t) => `/api/v1/search?q=${t}`,
  (t) => `/plan?topics=rag-systems,${t}`,
  (t) => `/api/v1/plan?topics=${t}`,
];

export function uniqueUrls(base: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const token = `unknown-${i.toString(36)}-${((i * 2654435761) >>> 0).toString(36)}`;
    return base + TEMPLATES[i % TEMPLATES.length](token, i);
  });
}
