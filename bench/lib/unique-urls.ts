/**
 * URLs that are all different, as a crawler or a loop would send them: unknown slugs and
 * ids, unknown filter values, view parameters, tracking parameters, query strings on
 * prerendered pages, search queries and plans. Deterministic for a given count.
 */
interface Template {
  url: (token: string, i: number) => string;
  /** The server answers it with a 308 to a canonical URL (lib/domain/views/redirect.ts), rendering nothing. */
  redirected: boolean;
}
const TEMPLATES: Template[] = [
  { url: (t) => `/api/v1/topics/${t}`, redirected: false },
  { url: (t) => `/api/v1/themes/${t}`, redirected: false },
  { url: (_, i) => `/api/v1/videos/V${100_000 + i}`, redirected: false },
  { url: (t) => `/api/v1/topics?theme=${t}`, redirected: false },
  { url: (t) => `/api/v1/topics?phase=${t}`, redirected: false },
  { url: (t) => `/api/v1/videos?topic=${t}`, redirected: false },
  { url: (t) => `/topics/${t}`, redirected: false },
  { url: (_, i) => `/videos/V${100_000 + i}`, redirected: false },
  { url: (t) => `/?zoom=${t}&topic=${t}`, redirected: true },
  { url: (t) => `/cooccurrence?cell=${t}~evaluation&value=${t}`, redirected: true },
  { url: (t) => `/topics/rag-systems?ref=${t}`, redirected: true },
  { url: (t) => `/?zoom=architecture-and-design&utm_source=${t}`, redirected: true },
  { url: (t) => `/search?q=${t}`, redirected: false },
  { url: (t) => `/search?q=rag&fbclid=${t}`, redirected: true },
  { url: (t) => `/api/v1/search?q=${t}`, redirected: false },
  { url: (t) => `/plan?topics=rag-systems,${t}`, redirected: true },
  { url: (t) => `/api/v1/plan?topics=${t}`, redirected: false },
];

function uniqueTargets(count: number, offset: number): Array<{ path: string; redirected: boolean }> {
  return Array.from({ length: count }, (_, n) => {
    const i = n + offset;
    const token = `unknown-${i.toString(36)}-${((i * 2654435761) >>> 0).toString(36)}`;
    const template = TEMPLATES[i % TEMPLATES.length];
    return { path: template.url(token, i), redirected: template.redirected };
  });
}

/** `count` unique URLs under `base`, starting at the `offset`th (a second pass asks for other URLs). */
export function uniqueUrls(base: string, count: number, offset = 0): string[] {
  return uniqueTargets(count, offset).map((t) => base + t.path);
}

/** How many of those URLs the server answers with a 308 (they never reach a render). */
export function redirectedCount(count: number, offset = 0): number {
  return uniqueTargets(count, offset).filter((t) => t.redirected).length;
}
