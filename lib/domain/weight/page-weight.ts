/**
 * What a page's HTML carries, for bench:weight: the inline scripts (React's payload among them), the
 * inline stylesheets, and the scripts it loads before it can respond to input. Pure: the caller fetches.
 */

export interface HtmlParts {
  /** Bytes (UTF-8) of executable inline scripts: Next's payload and bootstrap (JSON-LD and other data excluded). */
  inlineScriptBytes: number;
  /** Bytes of that which is Next's RSC payload (`self.__next_f.push(…)` scripts). */
  payloadBytes: number;
  /** Bytes of inline `<style>` elements. */
  inlineStyleBytes: number;
  /**
   * Every classic or module script the page loads before interaction, once each, in document order: each
   * `<script src>` (nomodule polyfills excluded), each `<link rel="preload" as="script">`, and each file the loader
   * of server/scripts-after-paint.mjs lists in its `data-after-first-paint` (inserted after the first paint).
   */
  scriptSrcs: string[];
  /** `href` of every stylesheet the page links. */
  stylesheetHrefs: string[];
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/g;
const LINK = /<link\b([^>]*)>/g;
const attr = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`, "i").exec(attrs)?.[1];

/** The executable script types: none, JavaScript, or module (what a CSP hash must allow). */
function executable(attrs: string): boolean {
  const type = (attr(attrs, "type") ?? "").toLowerCase();
  return type === "" || type === "text/javascript" || type === "module";
}

export function htmlParts(html: string): HtmlParts {
  const parts: HtmlParts = {
    inlineScriptBytes: 0,
    payloadBytes: 0,
    inlineStyleBytes: 0,
    scriptSrcs: [],
    stylesheetHrefs: [],
  };
  for (const [, attrs, body] of html.matchAll(SCRIPT)) {
    if (!executable(attrs) || /\bnomodule\b/i.test(attrs)) continue;
    for (const listed of (attr(attrs, "data-after-first-paint") ?? "").split(" "))
      if (listed && !parts.scriptSrcs.includes(listed)) parts.scriptSrcs.push(listed);
    const src = attr(attrs, "src");
    if (src !== undefined) {
      if (!parts.scriptSrcs.includes(src)) parts.scriptSrcs.push(src);
      continue;
    }
    const bytes = Buffer.byteLength(body, "utf8");
    parts.inlineScriptBytes += bytes;
    if (body.startsWith("self.__next_f.push(") || body.startsWith("(self.__next_f=")) parts.payloadBytes += bytes;
  }
  for (const [, body] of html.matchAll(STYLE)) parts.inlineStyleBytes += Buffer.byteLength(body, "utf8");
  for (const [, attrs] of html.matchAll(LINK)) {
    const href = attr(attrs, "href");
    const rel = (attr(attrs, "rel") ?? "").toLowerCase();
    if (href === undefined) continue;
    if (rel === "stylesheet") parts.stylesheetHrefs.push(href);
    const script = rel === "preload" && (attr(attrs, "as") ?? "").toLowerCase() === "script";
    if (script && !parts.scriptSrcs.includes(href)) parts.scriptSrcs.push(href);
  }
  return parts;
}
