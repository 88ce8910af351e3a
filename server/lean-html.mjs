// @ts-check
/**
 * One copy of the stylesheet per page. With `experimental.inlineCss` (next.config.ts) Next.js
 * puts the stylesheet in the page's <head> as `<style data-href=…>` and, a second and third
 * time, in the page's inline React Server Components payload (the `self.__next_f.push` scripts),
 * as the text of the `<style precedence href>` elements of the root layout and its not-found
 * boundary. gzip cannot fold those copies (49 kB each, more than its 32 kB window).
 *
 * The payload copies are never read in the browser: React adopts a `<style precedence href>`
 * it finds in the document by `data-href` and uses its own children only when there is none.
 * So each payload row that holds exactly the text of a stylesheet already inlined in this
 * page's HTML is replaced by an empty string. Anything else — a stylesheet not inlined in the
 * page, a row whose text differs by one byte, binary (base64) payload chunks — is left as it is.
 *
 * Used after the build on every prerendered page (scripts/csp-hashes.mjs, before the CSP hashes
 * are taken) and on every view the server keeps (server/view-cache.mjs), so the hashes always
 * describe the scripts actually sent. The same build step empties the copies in the pages'
 * navigation payloads (.rsc files and prefetch segments), for stylesheets every page inlines.
 *
 * Then the inline stylesheet itself is cut to what the page's HTML uses (server/lean-css.mjs), and the whole
 * stylesheet is linked at the end of the body, where it blocks neither the first paint nor a script: React keeps
 * adopting the inline `<style data-href>` (so a client-side navigation adds no second copy), and the linked file,
 * cached like every build asset, styles whatever the page shows after interaction or after a navigation.
 */
import { pageVocabulary, stylesheetSubset } from "./lean-css.mjs";
import { scriptsAfterFirstPaint } from "./scripts-after-paint.mjs";
import { payloadScripts, withPayloadTexts } from "./inline-payload.mjs";
import { dropStaticMarkupPayload } from "./static-markup.mjs";

/** The stylesheets Next.js inlined into the page's head. */
const INLINED_STYLE = /<style\b[^>]*\bdata-href="([^"]+)"[^>]*>([\s\S]*?)<\/style>/g;

/**
 * The ids of the payload's `["$","style",…,{…"href":HREF,"children":"$ID"}]` elements, by href.
 * @param {string} payload
 * @returns {Array<{ href: string; id: string }>}
 */
function styleRows(payload) {
  const out = [];
  for (const m of payload.matchAll(
    /\["\$","style","[^"]*",\{[^{}]*?"href":"([^"]+)","children":"\$([0-9a-f]+)"\}\]/g,
  )) {
    out.push({ href: m[1], id: m[2] });
  }
  return out;
}

/**
 * `html` without the payload's copies of its inlined stylesheets, and how many bytes that saved.
 * @param {string} html
 * @returns {{ html: string; removed: number }}
 */
export function dropPayloadStylesheets(html) {
  const scripts = payloadScripts(html);
  if (scripts === null) return { html, removed: 0 };
  const inlined = inlinedStylesheets(html);
  if (inlined.size === 0) return { html, removed: 0 };

  const payload = scripts.map((s) => s.text).join("");

  const cuts = stylesheetCuts(payload, inlined);
  if (cuts.length === 0) return { html, removed: 0 };
  cuts.sort((a, b) => a.start - b.start);

  // Each script keeps its own part of the payload; a cut's replacement goes where the cut starts.
  let offset = 0;
  const texts = scripts.map((s) => {
    const start = offset;
    const end = offset + s.text.length;
    offset = end;
    let text = "";
    let pos = start;
    for (const cut of cuts) {
      if (cut.end <= start || cut.start >= end) continue;
      if (cut.start >= start) text += payload.slice(pos, cut.start) + cut.row;
      else text += payload.slice(pos, Math.max(pos, start));
      pos = Math.min(cut.end, end);
    }
    return text + payload.slice(Math.max(pos, start), end);
  });

  const out = withPayloadTexts(html, scripts, texts);
  return { html: out, removed: html.length - out.length };
}

/**
 * [start, end) ranges of a payload (Flight text) that hold exactly one of `stylesheets` (href → text) as
 * the text of a `<style precedence href>`, each with the empty-string row that replaces it.
 * @param {string} payload
 * @param {Map<string, string>} stylesheets
 * @returns {Array<{ start: number; end: number; row: string }>}
 */
function stylesheetCuts(payload, stylesheets) {
  /** @type {Array<{ start: number; end: number; row: string }>} */
  const cuts = [];
  for (const { href, id } of styleRows(payload)) {
    const css = stylesheets.get(href);
    if (css === undefined) continue;
    const header = `${id}:T${Buffer.byteLength(css, "utf8").toString(16)},`;
    // The row's id must not be the tail of a longer id (…12:T… holds "2:T…"): anything else before it
    // is the end of the previous row. When in doubt the copy stays.
    let at = payload.indexOf(header + css);
    while (at > 0 && /[0-9a-f]/.test(payload[at - 1])) at = payload.indexOf(header + css, at + 1);
    if (at < 0) continue;
    cuts.push({ start: at, end: at + header.length + css.length, row: `${id}:""\n` });
  }
  return cuts;
}

/** The `<style data-href>` Next.js inlines, split into its opening tag, href and text. */
const INLINED_STYLE_PARTS = /(<style\b[^>]*\bdata-href="([^"]+)"[^>]*>)([\s\S]*?)<\/style>/g;

/**
 * Where the stylesheet inlined as `href` is linked from, after the page's first paint: the file beside it that
 * `scripts/csp-hashes.mjs` writes at build, the whole stylesheet without its `@font-face` rules
 * (server/lean-css.mjs, linkedStylesheetText). Named after the build's own content-hashed file, so as immutable.
 * @param {string} href
 */
export const linkedStylesheetHref = (href) => href.replace(/\.css$/, ".linked.css");

/** The element that loads a whole stylesheet after the page's first paint. @param {string} href */
export const wholeStylesheetLink = (href) => `<link rel="stylesheet" href="${linkedStylesheetHref(href)}">`;

/**
 * `html` with each inlined stylesheet cut to the rules its HTML may use, and a link to the whole stylesheet at the
 * end of its body. A page already done (it links the whole stylesheet) or without a body is left as it is.
 * @param {string} html
 * @returns {string}
 */
export function inlineStylesheetSubsets(html) {
  const bodyEnd = html.lastIndexOf("</body>");
  const styles = [...html.matchAll(INLINED_STYLE_PARTS)];
  if (bodyEnd < 0 || styles.length === 0) return html;
  if (styles.some((m) => html.includes(wholeStylesheetLink(m[2])))) return html;
  const vocabulary = pageVocabulary(html);
  const links = styles.map((m) => wholeStylesheetLink(m[2])).join("");
  const withLinks = `${html.slice(0, bodyEnd)}${links}${html.slice(bodyEnd)}`;
  return withLinks.replace(
    INLINED_STYLE_PARTS,
    (_, open, __, css) => `${open}${stylesheetSubset(css, vocabulary)}</style>`,
  );
}

/**
 * A page made lean: its server markup that needs no script sent once (server/static-markup.mjs), without the
 * payload's copies of its inlined stylesheets, its scripts run after its first paint
 * (server/scripts-after-paint.mjs), then its stylesheets cut to what the page uses and the whole ones linked (in
 * that order: the copies are found by the whole text, and the inline script that inserts the page's scripts comes
 * before the linked stylesheets, which would otherwise hold it back). How many bytes less;
 * `unsafeStaticMarkup`: why a StaticMarkup that must not be (it holds an interactive component) was left whole.
 * @param {string} html
 * @returns {{ html: string; removed: number; unsafeStaticMarkup: string[] }}
 */
export function leanPage(html) {
  const markup = dropStaticMarkupPayload(html);
  const once = dropPayloadStylesheets(markup.html).html;
  const lean = inlineStylesheetSubsets(scriptsAfterFirstPaint(once));
  const unsafeStaticMarkup = markup.kept.filter((why) => why.startsWith("holds "));
  return { html: lean, removed: html.length - lean.length, unsafeStaticMarkup };
}

/**
 * The stylesheets (href → text) Next.js inlined into a page's head.
 * @param {string} html
 * @returns {Map<string, string>}
 */
export function inlinedStylesheets(html) {
  /** @type {Map<string, string>} */
  const out = new Map();
  for (const m of html.matchAll(INLINED_STYLE)) out.set(m[1], m[2]);
  return out;
}

/**
 * A navigation payload (a prerendered page's `.rsc` file or one of its segments) without its copies of
 * `stylesheets`: only for stylesheets every page already has in its document, which React adopts by href
 * when a client-side navigation renders the page. A file that is not plain UTF-8 text is left as it is.
 * @param {Buffer} flight
 * @param {Map<string, string>} stylesheets
 * @returns {Buffer}
 */
export function dropFlightStylesheets(flight, stylesheets) {
  const text = flight.toString("utf8");
  if (!Buffer.from(text, "utf8").equals(flight)) return flight;
  const cuts = stylesheetCuts(text, stylesheets).sort((a, b) => a.start - b.start);
  if (cuts.length === 0) return flight;
  let out = "";
  let pos = 0;
  for (const cut of cuts) {
    out += text.slice(pos, cut.start) + cut.row;
    pos = cut.end;
  }
  return Buffer.from(out + text.slice(pos), "utf8");
}
