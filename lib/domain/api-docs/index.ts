/**
 * The API reference page at /api, from the single HTML file that Redocly CLI's `build-docs --inlineBundle` writes:
 * Redoc's markup, already rendered (readable before and without JavaScript), plus two inline scripts, a small classic
 * one that picks the colour mode and the module with Redoc's bundle, the OpenAPI document and the hydrate call. Under
 * the site's CSP (no inline script, fonts and images from this origin only) three things move into files served from
 * this origin under /api/docs/: both scripts, the icon font inlined as a data: URL (in the page and the bundle), and
 * the Redocly logo the sidebar footer would load from Redocly's CDN (replaced by a plain wordmark of ours, so the
 * "API docs by Redocly" credit stays). Pure: text in, text out; anything that does not look like that page is an
 * error, so a Redoc upgrade that changes it stops the build.
 */
import { isOneOf } from "../one-of";

export const API_DOCS_BASE = "/api/docs";

/** The files the page loads, by name under API_DOCS_BASE. */
export const API_DOCS_ASSETS = [
  "color-mode.js",
  "redoc.js",
  "tree-view-icons.woff",
  "redocly.svg",
  "phone.css",
] as const;
export type ApiDocsAsset = (typeof API_DOCS_ASSETS)[number];

export interface ApiDocsFile {
  type: string;
  body: string | Uint8Array<ArrayBuffer>;
}

export interface ApiDocsPage {
  html: string;
  assets: Record<ApiDocsAsset, ApiDocsFile>;
  /** The operations' own addresses below API_DOCS_ROUTES ("listthemes" for /api/other/listthemes). */
  operations: string[];
}

/**
 * Redoc addresses each operation by a path of its own, `/<group>/<operation>`; the document has no tags, so every
 * operation is in the group "other". Redoc is built with `routingBasePath: /api` (lib/api/docs.ts) and the links it
 * renders into the HTML are moved below /api too, where app/api/other/[operation] serves the same page.
 */
export const API_DOCS_ROUTES = "/api/other";
const OPERATION_LINK = /href="\/other\/([a-z0-9-]+)"/g;

export interface ApiDocsHead {
  description: string;
  canonical: string;
  icon: string;
}

const SCRIPT = /<script([^>]*)>([\s\S]*?)<\/script>/g;
const DATA_FONT = /data:application\/font-woff;base64,([A-Za-z0-9+/=]+)/g;
const CDN_LOGOS = ["https://cdn.redoc.ly/redoc/logo-mini-full.svg", "https://cdn.redoc.ly/redoc/logo-mini.svg"];

/** The credit's image: the word, in Redoc's blue (not Redocly's logo, which this build cannot fetch). */
const WORDMARK =
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="16" viewBox="0 0 64 16">' +
  '<text x="0" y="13" font-family="system-ui, sans-serif" font-size="13" font-weight="600" fill="#0044D4">' +
  "Redocly</text></svg>\n";

/**
 * Ours, after Redoc's styles: on a phone the API's title (a 2.1 em heading beside the Copy button) broke inside its
 * words ("Engineerin / g"); a smaller heading keeps every word whole.
 */
const PHONE_CSS = [
  "@media (max-width: 600px) {",
  "  h1 {",
  "    font-size: 1.5rem !important;",
  "    line-height: 1.25 !important;",
  "    overflow-wrap: normal !important;",
  "  }",
  "}",
  "",
].join("\n");

/** Replaces the one inlined icon font (the same in page and bundle) by its file; returns the rewritten texts. */
function externaliseFont(texts: string[]): { texts: string[]; font: Uint8Array<ArrayBuffer> } {
  const payloads = new Set(texts.flatMap((t) => [...t.matchAll(DATA_FONT)].map((m) => m[1])));
  if (payloads.size !== 1) throw new Error(`build-docs output: expected one inlined font, found ${payloads.size}`);
  const [payload] = payloads;
  const url = `${API_DOCS_BASE}/tree-view-icons.woff`;
  return {
    texts: texts.map((t) => t.replace(DATA_FONT, () => url)),
    font: Uint8Array.from(atob(payload), (c) => c.charCodeAt(0)),
  };
}

const escapeAttr = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

export function isApiDocsAsset(name: string): name is ApiDocsAsset {
  return isOneOf(API_DOCS_ASSETS, name);
}

/**
 * The page with its scripts, font and logo moved into files, plus the site's head entries (description, canonical,
 * icon).
 */
export function externaliseRedocPage(html: string, head: ApiDocsHead): ApiDocsPage {
  const scripts = [...html.matchAll(SCRIPT)];
  const kinds = scripts.map(([, attrs]) => (/\btype="module"/.test(attrs) ? "module" : "classic"));
  if (
    scripts.length !== 2 ||
    kinds[0] !== "classic" ||
    kinds[1] !== "module" ||
    scripts.some(([, a]) => /\bsrc=/.test(a))
  ) {
    throw new Error(
      `build-docs output: expected one inline classic script then one inline module, found ${scripts.length} ` +
        `script(s) (${kinds.join(", ") || "none"})`,
    );
  }
  const [colourMode, redoc] = scripts;
  if (!redoc[2].includes("hydrate(")) throw new Error("build-docs output: the module script does not call hydrate()");
  if (!/<\/title>/.test(html)) throw new Error("build-docs output: no <title>");
  const tag = (name: ApiDocsAsset, type = "") => `<script${type} src="${API_DOCS_BASE}/${name}"></script>`;
  const headEntries =
    `\n  <meta name="description" content="${escapeAttr(head.description)}">` +
    `\n  <link rel="canonical" href="${escapeAttr(head.canonical)}">` +
    `\n  <link rel="icon" href="${escapeAttr(head.icon)}">` +
    `\n  <meta name="color-scheme" content="light dark">` +
    `\n  <link rel="stylesheet" href="${API_DOCS_BASE}/phone.css">`;
  const out =
    html.slice(0, colourMode.index) +
    tag("color-mode.js") +
    html.slice(colourMode.index + colourMode[0].length, redoc.index) +
    tag("redoc.js", ' type="module"') +
    html.slice(redoc.index + redoc[0].length);
  let bundle = redoc[2].trim() + "\n";
  for (const logo of CDN_LOGOS) {
    if (!bundle.includes(logo)) throw new Error(`build-docs output: the bundle no longer loads ${logo}`);
    bundle = bundle.replaceAll(logo, `${API_DOCS_BASE}/redocly.svg`);
  }
  const { texts, font } = externaliseFont([out, bundle]);
  const js = "text/javascript; charset=utf-8";
  const operations = [...new Set([...texts[0].matchAll(OPERATION_LINK)].map((m) => m[1]))];
  if (operations.length === 0) throw new Error('build-docs output: no operation links under "/other/"');
  return {
    operations,
    html: texts[0]
      .replace(/<meta charset="utf8"\s*\/?>/, '<meta charset="utf-8">')
      .replace("</title>", () => `</title>${headEntries}`)
      .replace(OPERATION_LINK, (_, op: string) => `href="${API_DOCS_ROUTES}/${op}"`),
    assets: {
      "color-mode.js": { type: js, body: colourMode[2].trim() + "\n" },
      "redoc.js": { type: js, body: texts[1] },
      "tree-view-icons.woff": { type: "font/woff", body: font },
      "redocly.svg": { type: "image/svg+xml", body: WORDMARK },
      "phone.css": { type: "text/css; charset=utf-8", body: PHONE_CSS },
    },
  };
}
