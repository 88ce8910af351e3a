/**
 * The public origin of the site, for canonical URLs, og:url/og:image, citations, JSON-LD, the data package and
 * chart exports. It is fixed when the site is built (next.config.ts passes it in as KMAP_SITE_URL, which Next.js
 * inlines into server and client code), so prerendered and per-request pages name the same origin whatever port
 * the server later listens on. Set SITE_URL (e.g. https://llm-map.example.org) for `npm run build`.
 */
export function publicOrigin(env: { SITE_URL?: string; PORT?: string }): { origin: string; fromSiteUrl: boolean } {
  const fromEnv = env.SITE_URL?.trim();
  const url = fromEnv || `http://localhost:${env.PORT?.trim() || 3000}`;
  return { origin: url.replace(/\/+$/, ""), fromSiteUrl: Boolean(fromEnv) };
}

/** The one line `next build` prints when SITE_URL is not set. */
export function localOriginWarning(origin: string): string {
  return (
    `SITE_URL is not set: canonical URLs, citations, link previews and ` +
    `JSON-LD will name ${origin}; set SITE_URL to the public address when ` +
    `deploying.`
  );
}

export function siteUrl(): string {
  // Inlined at build time by next.config.ts; outside a build (tests, scripts) it is worked out from the environment.
  return process.env.KMAP_SITE_URL || publicOrigin({ SITE_URL: process.env.SITE_URL, PORT: process.env.PORT }).origin;
}

export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith("/") ? path : `/${path}`}`;
}

export const SITE_NAME = "LLM Engineering Knowledge Map";
