// @ts-check
/**
 * The page's scripts run after its first contentful paint, not before it.
 *
 * Next.js puts its bootstrap scripts in the head as `<script src async>`: each runs as soon as it has arrived, so on
 * a page of any size the framework starts (and React begins to hydrate) before the browser has painted anything, and
 * on a slow phone the first paint waits for that work. Here those tags become two things:
 * - a `<link rel="preload" as="script" fetchpriority="low">` each, in the same place: the files are still fetched
 *   at once, behind the document and its stylesheet;
 * - one small inline script at the end of the body that inserts them (still async, in the same order) when the
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

/** Next's own preloads of some of them: `<link rel="preload" as="script" fetchPriority="low" href="…"/>`. */
const SCRIPT_PRELOAD = /<link rel="preload" as="script"[^>]*? href="([^"]+)"/g;

/** Marks the inline script that inserts them, so a page is done once. */
export const AFTER_PAINT_ATTRIBUTE = "data-after-first-paint";

/**
 * The inline script that inserts `urls` after the first contentful paint (ES5: it runs before any polyfill).
 * @param {string[]} urls
 */
export function afterPaintLoader(urls) {
  return (
    "(function(w,d,s){var done=0;" +
    'function load(){if(done)return;done=1;for(var i=0;i<s.length;i++){var e=d.createElement("script");' +
    "e.src=s[i];e.async=true;d.head.appendChild(e)}}" +
    "var types=w.PerformanceObserver&&PerformanceObserver.supportedEntryTypes;" +
    'if(types&&types.indexOf("paint")>=0)new PerformanceObserver(function(list){var e=list.getEntries();' +
    'for(var i=0;i<e.length;i++)if(e[i].name==="first-contentful-paint")load()})' +
    '.observe({type:"paint",buffered:true});' +
    "else w.requestAnimationFrame(function(){setTimeout(load,0)});" +
    '["pointerdown","keydown"].forEach(function(t){w.addEventListener(t,load,{capture:true,once:true,passive:true})})' +
    `})(window,document,${JSON.stringify(urls).replace(/</g, "\\u003c")})`
  );
}

/**
 * `html` with Next's bootstrap scripts preloaded where they were and inserted after the first contentful paint.
 * @param {string} html
 * @returns {string}
 */
export function scriptsAfterFirstPaint(html) {
  const bodyEnd = html.lastIndexOf("</body>");
  if (bodyEnd < 0 || html.includes(`<script ${AFTER_PAINT_ATTRIBUTE}=`) || CLIENT_RENDERED.test(html)) return html;
  /** @type {string[]} */
  const urls = [];
  /** @type {string | undefined} */
  let nonce;
  const preloaded = new Set([...html.matchAll(SCRIPT_PRELOAD)].map((m) => m[1]));
  const head = html.slice(0, bodyEnd).replace(EXTERNAL_SCRIPT, (tag, /** @type {string} */ attrs) => {
    if (!isBootstrap(attrs)) return tag;
    const src = /** @type {string} */ (attribute(attrs, "src"));
    const scriptNonce = attribute(attrs, "nonce");
    if (!urls.includes(src)) urls.push(src);
    nonce ??= scriptNonce;
    // Next.js preloads some of them already: one preload per file.
    return preloaded.has(src)
      ? ""
      : (preloaded.add(src), `<link rel="preload" as="script" fetchpriority="low" href="${src}">`);
  });
  if (urls.length === 0) return html;
  const open = `<script ${AFTER_PAINT_ATTRIBUTE}=""${nonce === undefined ? "" : ` nonce="${nonce}"`}>`;
  return `${head}${open}${afterPaintLoader(urls)}</script>${html.slice(bodyEnd)}`;
}
