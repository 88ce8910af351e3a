import { describe, expect, it } from "vitest";
import {
  dropFlightStylesheets,
  dropPayloadStylesheets,
  inlineStylesheetSubsets,
  inlinedStylesheets,
  leanPage,
  wholeStylesheetLink,
} from "@/server/lean-html.mjs";
import { htmlParts } from "@/lib/domain/weight/page-weight";
import { AFTER_PAINT_LOADER, scriptsAfterFirstPaint } from "@/server/scripts-after-paint.mjs";

const CSS = 'body{color:red}.a>.b{content:"→"}';
const HREF = "/_next/static/chunks/site.css";
const hex = (s: string) => Buffer.byteLength(s, "utf8").toString(16);
const escape = (s: string) => JSON.stringify(s).replace(/</g, "\\u003c").replace(/>/g, "\\u003e");
const push = (chunk: string, open = "<script>") => `${open}self.__next_f.push([1,${escape(chunk)}])</script>`;
const styleRow = (id: string) =>
  `["$","style","0",{"nonce":"$undefined","precedence":"next","href":"${HREF}","children":"$${id}"}]`;

/** A page as Next.js writes it with inlineCss: the stylesheet in the head, and twice in the payload. */
function page(payloadChunks: string[], headCss = CSS, open = "<script>") {
  return (
    `<!DOCTYPE html><html><head><style data-precedence="next" data-href="${HREF}">${headCss}</style></head>` +
    `<body><p>RAG Systems</p>${open}(self.__next_f=self.__next_f||[]).push([0])</script>` +
    payloadChunks.map((c) => push(c, open)).join("") +
    `</body></html>`
  );
}
const payloadOf = (html: string) =>
  [...html.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)].map((m) => JSON.parse(m[1])).join("");

const rows = [
  `0:{"r":[${styleRow("2")}]}\n`,
  `2:T${hex(CSS)},${CSS}`,
  `5:["$","p",null,{"children":"72 videos"}]\n`,
  `11:${styleRow("1f")}\n`,
  `1f:T${hex(CSS)},${CSS}`,
  `12:["$","div",null,{"children":"$11"}]\n`,
];

describe("dropPayloadStylesheets", () => {
  it("replaces every payload copy of the inlined stylesheet by an empty-string row, and keeps the other rows", () => {
    const html = page([rows.join("")]);
    const { html: lean, removed } = dropPayloadStylesheets(html);
    expect(payloadOf(lean)).toBe([rows[0], `2:""\n`, rows[2], rows[3], `1f:""\n`, rows[5]].join(""));
    expect(lean.split(CSS)).toHaveLength(2); // once: the head's <style>
    expect(lean).toContain(`<style data-precedence="next" data-href="${HREF}">${CSS}</style>`);
    expect(removed).toBe(html.length - lean.length);
    expect(removed).toBeGreaterThan(2 * CSS.length);
  });

  it("cuts a copy that spans several scripts, keeps the other rows in place, drops emptied scripts", () => {
    const stream = rows.join("");
    const cssAt = stream.indexOf(CSS);
    const chunks = [stream.slice(0, cssAt + 5), stream.slice(cssAt + 5, cssAt + 10), stream.slice(cssAt + 10)];
    const lean = dropPayloadStylesheets(page(chunks)).html;
    expect(payloadOf(lean)).toBe([rows[0], `2:""\n`, rows[2], rows[3], `1f:""\n`, rows[5]].join(""));
    expect(lean.match(/self\.__next_f\.push\(\[1,/g)).toHaveLength(2);
  });

  it("keeps the script tags' attributes (a nonce) and Next's escaping of < and >", () => {
    const withMarkup = [...rows, `13:["$","p",null,{"children":"a<b>c & d"}]\n`].join("");
    const lean = dropPayloadStylesheets(page([withMarkup], CSS, '<script nonce="abc">')).html;
    expect(lean.match(/<script nonce="abc">self\.__next_f\.push/g)).toHaveLength(1);
    expect(lean).not.toMatch(/self\.__next_f\.push\(\[1,"[^"]*[<>]/);
    expect(lean).toContain("a\\u003cb\\u003ec \\u0026 d");
    expect(payloadOf(lean)).toContain(`"a<b>c & d"`);
  });

  it("leaves the page as it is when the payload's text differs from the inlined stylesheet", () => {
    const html = page([rows.join("")], "body{color:blue}");
    expect(dropPayloadStylesheets(html)).toEqual({ html, removed: 0 });
  });

  it("does not take the tail of a longer row id for the row", () => {
    const stream = `0:{"r":[${styleRow("2")}]}\n12:T${hex(CSS)},${CSS}`;
    const html = page([stream]);
    expect(dropPayloadStylesheets(html)).toEqual({ html, removed: 0 });
  });

  it("leaves pages with binary payload chunks alone", () => {
    const html = page([rows.join("")]).replace("</body>", `<script>self.__next_f.push([3,"AAEC"])</script></body>`);
    expect(dropPayloadStylesheets(html)).toEqual({ html, removed: 0 });
  });

  it("leaves pages without an inlined stylesheet alone", () => {
    const html = page([rows.join("")]).replace(/<style[^>]*>[^<]*<\/style>/, "");
    expect(dropPayloadStylesheets(html)).toEqual({ html, removed: 0 });
  });
});

describe("htmlParts", () => {
  it("counts inline scripts, the payload, inline styles, and lists external scripts and stylesheets", () => {
    const html =
      `<head><link rel="stylesheet" href="/a.css"><link rel="preload" href="/f.woff2"><style>p{}</style></head>` +
      `<script src="/_next/a.js" async=""></script><script noModule="" src="/poly.js"></script>` +
      `<script type="application/ld+json">{"@type":"DefinedTerm"}</script>` +
      `<script>$RT=1</script><script>self.__next_f.push([1,"é"])</script>`;
    expect(htmlParts(html)).toEqual({
      inlineScriptBytes: "$RT=1".length + 'self.__next_f.push([1,"é"])'.length + 1,
      payloadBytes: 'self.__next_f.push([1,"é"])'.length + 1,
      inlineStyleBytes: 3,
      scriptSrcs: ["/_next/a.js"],
      stylesheetHrefs: ["/a.css"],
    });
  });
});

describe("dropFlightStylesheets", () => {
  const stylesheets = new Map([[HREF, CSS]]);
  const flight = Buffer.from(rows.join(""), "utf8");

  it("empties a navigation payload's copies of a stylesheet every page holds, and keeps the other rows", () => {
    const lean = dropFlightStylesheets(flight, stylesheets).toString("utf8");
    expect(lean).toBe([rows[0], `2:""\n`, rows[2], rows[3], `1f:""\n`, rows[5]].join(""));
  });

  it("leaves a payload alone whose stylesheet is not one every page holds, or that is not UTF-8 text", () => {
    expect(dropFlightStylesheets(flight, new Map([["/other.css", CSS]]))).toBe(flight);
    const binary = Buffer.concat([flight, Buffer.from([0xff, 0xfe])]);
    expect(dropFlightStylesheets(binary, stylesheets)).toBe(binary);
  });
});

describe("inlinedStylesheets", () => {
  it("reads the stylesheets Next.js inlined into the head, by href", () => {
    expect(inlinedStylesheets(page([rows.join("")]))).toEqual(new Map([[HREF, CSS]]));
  });
});

describe("leanPage", () => {
  // The page's HTML has <p> and .a, not .b: `.a>.b` may not match, `body` and `.a` may, `@media print` keeps `p`.
  const WHOLE = 'body{color:red}.a{margin:0}.a>.b{content:"→"}@media print{p{color:#000}.b{display:none}}';
  const SUBSET = "body{color:red}.a{margin:0}@media print{p{color:#000}}";
  const copies = [`0:{"r":[${styleRow("2")}]}\n`, `2:T${hex(WHOLE)},${WHOLE}`, `5:["$","p",null,{"children":"x"}]\n`];
  const html = page([copies.join("")], WHOLE).replace("<p>RAG Systems</p>", `<p class="a">RAG Systems</p>`);

  it("drops the payload's copies, cuts the inline stylesheet to the page's rules, links the whole at the end", () => {
    const { html: lean, removed } = leanPage(html);
    expect(payloadOf(lean)).toBe([copies[0], `2:""\n`, copies[2]].join(""));
    expect(lean).toContain(`<style data-precedence="next" data-href="${HREF}">${SUBSET}</style>`);
    expect(lean).not.toContain(WHOLE);
    expect(lean.endsWith(`</script>${wholeStylesheetLink(HREF)}</body></html>`)).toBe(true);
    // The linked file is the build's own, without its @font-face rules (written beside it at build).
    expect(wholeStylesheetLink(HREF)).toBe(`<link rel="stylesheet" href="/_next/static/chunks/site.linked.css">`);
    expect(removed).toBe(html.length - lean.length);
  });

  it("is done once: a lean page is left as it is", () => {
    const lean = leanPage(html).html;
    expect(leanPage(lean)).toEqual({ html: lean, removed: 0, unsafeStaticMarkup: [] });
  });

  it("leaves a page without an inlined stylesheet or without a body alone", () => {
    const plain = html.replace(/<style[^>]*>[^<]*<\/style>/, "");
    expect(inlineStylesheetSubsets(plain)).toBe(plain);
    const fragment = html.replace("</body>", "");
    expect(inlineStylesheetSubsets(fragment)).toBe(fragment);
  });
});

describe("scriptsAfterFirstPaint", () => {
  const A = "/_next/static/chunks/a.js";
  const B = "/_next/static/chunks/b.js";
  const doc = (head: string, body = "") =>
    `<!DOCTYPE html><html><head>${head}</head><body><p>RAG Systems</p>${body}` +
    `<script>self.__next_f.push([1,"x"])</script></body></html>`;
  // What the loader inserts: the files its attribute lists, in order (and the loader is there to insert them).
  const loaderUrls = (html: string) => {
    const listed = /<script data-after-first-paint="([^"]*)"[^>]*>([^]*?)<\/script>/.exec(html);
    return listed && listed[2] === AFTER_PAINT_LOADER ? listed[1].split(" ") : null;
  };

  it("takes Next's bootstrap scripts and their preloads out, and lists them for the loader at the body's end", () => {
    const html = doc(
      `<link rel="preload" as="script" fetchPriority="low" href="${B}"/><link rel="preload" href="/f.woff2"/>` +
        `<script src="${A}" async=""></script><script src="/_next/static/chunks/poly.js" noModule=""></script>`,
      `<script src="${B}" async=""></script>`,
    );
    const out = scriptsAfterFirstPaint(html);
    expect(loaderUrls(out)).toEqual([A, B]);
    // Nothing fetches them before the loader: no script tag, no preload (the font's preload stays).
    expect(out).not.toMatch(/<script src="[^"]+" async="">/);
    expect(out).not.toContain(`as="script"`);
    expect(out).toContain(`<link rel="preload" href="/f.woff2"/>`);
    expect(out).toContain(`<script src="/_next/static/chunks/poly.js" noModule=""></script>`);
    // The loader is the body's last element, after the payload.
    expect(out).toMatch(/self\.__next_f\.push\(\[1,"x"\]\)<\/script><script data-after-first-paint="[^"]*">/);
    expect(out).toMatch(/<script data-after-first-paint="[^"]*">[^]*?<\/script><\/body><\/html>$/);
    expect(htmlParts(out).scriptSrcs).toEqual([A, B]);
  });

  it("keeps the nonce of the tags it replaces, so a per-request policy allows the loader", () => {
    // Next writes the attributes in either order.
    const out = scriptsAfterFirstPaint(
      doc(
        `<script src="${A}" async="" nonce="abc123"></script>`,
        `<script src="${B}" nonce="abc123" async=""></script>`,
      ),
    );
    expect(out).toContain(`<script data-after-first-paint="${A} ${B}" nonce="abc123">`);
    expect(loaderUrls(out)).toEqual([A, B]);
  });

  it("is done once, and leaves a page without bootstrap scripts or without a body alone", () => {
    const once = scriptsAfterFirstPaint(doc(`<script src="${A}" async=""></script>`));
    expect(scriptsAfterFirstPaint(once)).toBe(once);
    const none = doc("");
    expect(scriptsAfterFirstPaint(none)).toBe(none);
    const fragment = `<script src="${A}" async=""></script><p>x</p>`;
    expect(scriptsAfterFirstPaint(fragment)).toBe(fragment);
    // Next's error document has nothing to paint before React renders it: its scripts must not wait for a paint.
    const error = doc(`<script src="${A}" async=""></script>`).replace("<html>", `<html id="__next_error__">`);
    expect(scriptsAfterFirstPaint(error)).toBe(error);
    // Other scripts stay: a deferred or typed one, one from elsewhere.
    const others = doc(
      `<script src="${A}" defer=""></script><script type="module" src="${B}" async=""></script>` +
        `<script src="/vendor/x.js" async=""></script>`,
    );
    expect(scriptsAfterFirstPaint(others)).toBe(others);
  });

  it("writes a loader that runs: the listed scripts are inserted at the first contentful paint, once", () => {
    const inserted: string[] = [];
    let observer: ((list: { getEntries(): Array<{ name: string }> }) => void) | undefined;
    const listeners: Array<() => void> = [];
    const window = {
      PerformanceObserver: Object.assign(
        function (this: { observe(): void }, cb: typeof observer) {
          observer = cb;
          this.observe = () => {};
        },
        { supportedEntryTypes: ["paint"] },
      ),
      addEventListener: (_: string, fn: () => void) => listeners.push(fn),
    };
    const document = {
      currentScript: {
        getAttribute: (name: string) => (name === "data-after-first-paint" ? `${A} ${B}` : null),
      },
      createElement: () => ({ src: "", async: false }),
      head: {
        appendChild: (e: { src: string; async: boolean }) => inserted.push(`${e.src}${e.async ? " async" : ""}`),
      },
    };
    const run = new Function("window", "document", "PerformanceObserver", AFTER_PAINT_LOADER);
    run(window, document, window.PerformanceObserver);
    expect(inserted).toEqual([]);
    observer!({ getEntries: () => [{ name: "first-paint" }] });
    expect(inserted).toEqual([]);
    observer!({ getEntries: () => [{ name: "first-contentful-paint" }] });
    expect(inserted).toEqual([`${A} async`, `${B} async`]);
    listeners.forEach((fn) => fn()); // a click after that inserts nothing more
    expect(inserted).toHaveLength(2);
  });
});
