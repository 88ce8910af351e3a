// @ts-check
/**
 * The page's scripts are fetched and run after its first contentful paint, not before it.
 *
 * Next.js puts its bootstrap scripts in the head as `<script src async>` (and preloads some of them): each is fetched
 * beside the document's stylesheet and font and runs as soon as it has arrived, so on a page of any size the
 * framework starts (and React begins to hydrate) before the browser has painted anything; over a slow link its
 * ~130 kB share the bandwidth with what the first paint needs. Here those tags and preloads go, and one small inline
 * script at the end of the body, the same on every page, lists the files in an attribute and inserts them (async, in
 * document order) when the browser reports the page's first contentful paint (Paint Timing), or at the first pointer
 * or key press if that comes sooner (not at a focus event: browsers and test harnesses focus a page's elements
 * before it paints). A browser without Paint Timing inserts them after its next frame.
 *
 * (They used to be preloaded at low priority and only run after the paint. Lighthouse's simulation then counted
 * every one of them into the largest contentful paint: it drops tasks under 10 ms from its graph, so it could not
 * see that the small chunks ran after the paint, and took their downloads for render-blocking.)
 *
 * Nothing else changes: the inline payload scripts stay where they are (React reads them when it starts), the page
 * without JavaScript is the same, and a client-side navigation never sees this document again. A page already done,
 * or without those scripts or a body, is left as it is. The inline script carries the nonce of the tags it replaces
 * (pages rendered per request); prerendered and kept pages hash it like every inline script (server/csp-inline.mjs):
 * the list is an attribute, so the hash is the same on every page.
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
  /^\/_next\/static\/[^"?#\s]+\.js$/.test(attribute(attrs, "src") ?? "") &&
  attribute(attrs, "async") !== undefined &&
  !/\b(?:nomodule|type|defer)=/i.test(attrs);
/** A page whose content React renders in the browser (Next's error document): it has nothing to paint first. */
const CLIENT_RENDERED = /<html\b[^>]*\bid="__next_error__"/;

/** Next's own preload of a script: `<link rel="preload" as="script" fetchPriority="low" […] href="…"/>`. */
const SCRIPT_PRELOAD = /<link rel="preload" as="script"[^>]*? href="([^"]+)"[^>]*>/g;

/** The attribute of the inline script that lists the files it inserts (a page is done once). */
export const AFTER_PAINT_ATTRIBUTE = "data-after-first-paint";

/**
 * The inline script that inserts a script for each file its own AFTER_PAINT_ATTRIBUTE lists (space-separated), in
 * that order, after the first contentful paint. The same text on every page (one CSP hash); ES5: it runs before any
 * polyfill.
 */
export const AFTER_PAINT_LOADER =
  "(function(w,d,s){var done=0," +
  `src=((s&&s.getAttribute("${AFTER_PAINT_ATTRIBUTE}"))||"").split(" ");` +
  "function load(){if(done)return;done=1;" +
  'for(var i=0;i<src.length;i++)if(src[i]){var e=d.createElement("script");e.src=src[i];e.async=true;' +
  "d.head.appendChild(e)}}" +
  "var types=w.PerformanceObserver&&PerformanceObserver.supportedEntryTypes;" +
  'if(types&&types.indexOf("paint")>=0)new PerformanceObserver(function(list){var e=list.getEntries();' +
  'for(var i=0;i<e.length;i++)if(e[i].name==="first-contentful-paint")load()})' +
  '.observe({type:"paint",buffered:true});' +
  "else w.requestAnimationFrame(function(){setTimeout(load,0)});" +
  '["pointerdown","keydown"].forEach(function(t){w.addEventListener(t,load,{capture:true,once:true,passive:true})})' +
  "})(window,document,document.currentScript)";

/**
 * `html` without Next's bootstrap scripts and their preloads, and with the loader that inserts them after the first
 * contentful paint.
 * @param {string} html
 * @returns {string}
 */
export function scriptsAfterFirstPaint(html) {
  const bodyEnd = html.lastIndexOf("</body>");
  if (bodyEnd < 0 || html.includes(`<script ${AFTER_PAINT_ATTRIBUTE}=`) || CLIENT_RENDERED.test(html)) return html;
  /** @type {Set<string>} */
  const urls = new Set();
  /** @type {string | undefined} */
  let nonce;
  const withoutScripts = html.slice(0, bodyEnd).replace(EXTERNAL_SCRIPT, (tag, /** @type {string} */ attrs) => {
    if (!isBootstrap(attrs)) return tag;
    urls.add(/** @type {string} */ (attribute(attrs, "src")));
    nonce ??= attribute(attrs, "nonce");
    return "";
  });
  if (urls.size === 0) return html;
  const head = withoutScripts.replace(SCRIPT_PRELOAD, (tag, /** @type {string} */ href) => (urls.has(href) ? "" : tag));
  const list = `${AFTER_PAINT_ATTRIBUTE}="${[...urls].join(" ")}"`;
  const open = `<script ${list}${nonce === undefined ? "" : ` nonce="${nonce}"`}>`;
  return `${head}${open}${AFTER_PAINT_LOADER}</script>${html.slice(bodyEnd)}`;
}
