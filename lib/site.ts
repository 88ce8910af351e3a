/**
 * The public origin of the site, for canonical URLs, citations and link previews.
 * Set SITE_URL when deploying (e.g. https://llm-map.example.org); defaults to the local server.
 */
export function siteUrl(): string {
  const fromEnv = process.env.SITE_URL?.trim();
  const url = fromEnv || `http://localhost:${process.env.PORT ?? 3000}`;
  return url.replace(/\/+$/, "");
}

export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith("/") ? path : `/${path}`}`;
}

export const SITE_NAME = "LLM Engineering Knowledge Map";
