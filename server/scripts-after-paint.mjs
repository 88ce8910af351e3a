// @ts-check
/**
 * The page's scripts run after its first contentful paint, not before it.
 *
 * Next.js puts its bootstrap scripts in the head as `<script src async>`: each runs as soon as it has arrived, so on
 * a page of any size the framework starts (and React begins to hydrate) before the browser has painted anything, and
 * on a slow phone the first paint can wait for that work. Here those tags become two things:
 * - a `<link rel="preload" as="script" fetchpriority="low" data-after-first-paint>` each, in the same place (or
 *   Next's own preload of the file, marked): the files are still fetched at once, behind the document and its
 *   stylesheet;
 * - one small inline script at the end of the body, the same on every page, that inserts them (still async) when the
 *   browser reports the page's first contentful paint (Paint Timing), or at the first pointer or key press if
 *   that comes sooner (not at a focus event: browsers and test harnesses focus a page's elements before it
 *   paints). A browser without Paint Timing inserts them after its next frame.
 *
 * Nothing else changes: the inline payload scripts stay where they are (React reads them when it starts), the page
 * without JavaScript is the same, and a client-side navigation never sees this document again. A page already done,
 * or without those scripts or a body, is left as it is. The inline script carries the nonce of the tags it replaces
 * (pages rendered per request); prerendered and kept pages hash it like every inline script (server/csp-inline.mjs).
 */

/** An external script's tag: `<script src="…" async="" nonce="…"></script>`, its attributes in any order. */
const EXTERNAL_SCRIPT = /<script\b([^>]*\bsrc="[^"]*"[^>]*)><\/script>/g;
/** @param {string} attrs @param {string} name */
const attribute = (attrs, name) => new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs)?.[1];
/**
 * Next's bootstrap scripts: async, from the build's static files, not a nomodule polyfill or another type.
 * @param {string} attrs
 */
const isBootstrap = (attrs) =>
  /^\/_next\/static\/[^"?#]+\.js$/.test(attribute(attrs, "src") ?? "") &&
  attribute(attrs, "async") !== undefined &&
  !/\b(?:nomodule|type|defer)=/i.test(attrs);
/** A page whose content React renders in the browser (Next's error document): it has nothing to paint first. */
const CLIENT_RENDERED = /<html\b[^>]*\bid="__next_error__"/;

/** Next's own preload of a script: `<link rel="preload" as="script" fetchPriority="low" […] href="…"/>`. */
const SCRIPT_PRELOAD = /<link rel="preload" as="script"([^>]*?) href="([^"]+)"/g;

/** Marks the preloads of the scripts to insert, and the inline script that inserts them (a page is done once). */
export const AFTER_PAINT_ATTRIBUTE = "data-after-first-paint";

/**
 * The inline script that inserts, in document order, a script for each preload marked with AFTER_PAINT_ATTRIBUTE,
 * after the first contentful paint. The same text on every page (one CSP hash); ES5: it runs before any polyfill.
 */
export const AFTER_PAINT_LOADER =
  "(function(w,d){var done=0;" +
  `function load(){if(done)return;done=1;var l=d.querySelectorAll("link[${AFTER_PAINT_ATTRIBUTE}]");` +
  'for(var i=0;i<l.length;i++){var e=d.createElement("script");e.src=l[i].getAttribute("href");e.async=true;' +
  "d.head.appendChild(e)}}" +
  "var types=w.PerformanceObserver&&PerformanceObserver.supportedEntryTypes;" +
  'if(types&&types.indexOf("paint")>=0)new PerformanceObserver(function(list){var e=list.getEntries();' +
  'for(var i=0;i<e.length;i++)if(e[i].name==="first-contentful-paint")load()})' +
  '.observe({type:"paint",buffered:true});' +
  "else w.requestAnimationFrame(function(){setTimeout(load,0)});" +
  '["pointerdown","keydown"].forEach(function(t){w.addEventListener(t,load,{capture:true,once:true,passive:true})})' +
  "})(window,document)";

/**
 * `html` with Next's bootstrap scripts preloaded where they were (marked) and inserted after the first contentful
 * paint.
 * @param {string} html
 * @returns {string}
 */
export function scriptsAfterFirstPaint(html) {
  const bodyEnd = html.lastIndexOf("</body>");
  if (bodyEnd < 0 || html.includes(`<script ${AFTER_PAINT_ATTRIBUTE}=`) || CLIENT_RENDERED.test(html)) return html;
  if (html.includes("\0")) return html; // the placeholder below; no HTML page has one
  /** @type {Set<string>} */
  const urls = new Set();
  /** @type {string | undefined} */
  let nonce;
  const withoutScripts = html.slice(0, bodyEnd).replace(EXTERNAL_SCRIPT, (tag, /** @type {string} */ attrs) => {
    if (!isBootstrap(attrs)) return tag;
    urls.add(/** @type {string} */ (attribute(attrs, "src")));
    nonce ??= attribute(attrs, "nonce");
    return `\0${attribute(attrs, "src")}\0`;
  });
  if (urls.size === 0) return html;
  // One preload per file, marked: Next's own where it preloads one already, else one where its script was.
  /** @type {Set<string>} */
  const marked = new Set();
  const head = withoutScripts
    .replace(SCRIPT_PRELOAD, (tag, /** @type {string} */ attrs, /** @type {string} */ href) => {
      if (!urls.has(href) || marked.has(href)) return tag;
      marked.add(href);
      return `<link rel="preload" as="script" ${AFTER_PAINT_ATTRIBUTE}=""${attrs} href="${href}"`;
    })
    .replace(/\0([^\0]*)\0/g, (_, /** @type {string} */ src) => {
      if (marked.has(src)) return "";
      marked.add(src);
      return `<link rel="preload" as="script" ${AFTER_PAINT_ATTRIBUTE}="" fetchpriority="low" href="${src}">`;
    });
  const open = `<script ${AFTER_PAINT_ATTRIBUTE}=""${nonce === undefined ? "" : ` nonce="${nonce}"`}>`;
  return `${head}${open}${AFTER_PAINT_LOADER}</script>${html.slice(bodyEnd)}`;
}
