/**
 * The Content-Security-Policy. Scripts never run from inline code unless allowed exactly:
 *  - prerendered (static) pages: the sha256 of each of their inline scripts, computed after
 *    the build (scripts/csp-hashes.mjs), so they stay static and fast;
 *  - pages rendered per request: a fresh nonce, which Next.js puts on its own scripts.
 * Styles allow inline attributes (the charts position marks with style attributes); no
 * script-src 'unsafe-inline' and no 'unsafe-eval' anywhere.
 */
export function buildCsp(opts: { scripts: string[]; embeddable: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${opts.scripts.join(" ")}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${opts.embeddable ? "*" : "'none'"}`,
  ].join("; ");
}

/**
 * The policy of a prerendered page: exactly the hashes of its inline scripts (csp-hashes.json).
 * proxy.ts sends it through Next.js; the nginx config (server/nginx-config.ts) puts it on the file.
 */
export function prerenderedPageCsp(pathname: string, hashes: string[]): string {
  return buildCsp({ scripts: hashes, embeddable: isEmbedPath(pathname) });
}

/**
 * No 'strict-dynamic': it would switch off 'self', and the prerendered 404 page (which can
 * answer any unknown path) loads its chunks by plain <script src> without the nonce.
 */
export function nonceSources(nonce: string): string[] {
  return [`'nonce-${nonce}'`];
}

import { isEmbedPath } from "../server/http-guard.mjs";
export { isEmbedPath };

/**
 * "hash" is the site's design. "nonce" (every page rendered per request with a nonce) exists
 * only so that `npm run bench:csp` can build and measure the alternative it was chosen over.
 * Fixed at build: next.config.ts inlines KMAP_CSP_MODE into the server code, so the layout and
 * the proxy agree with the hash file whatever the environment says at run time.
 */
export function cspMode(): "hash" | "nonce" {
  return process.env.KMAP_CSP_MODE === "nonce" ? "nonce" : "hash";
}
