import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  linkedStylesheetText,
  mayMatch,
  pageVocabulary,
  selectorRequirement,
  stylesheetSubset,
} from "@/server/lean-css.mjs";

const page = (body: string) => `<!DOCTYPE html><html lang="en"><head></head><body>${body}</body></html>`;
const vocabularyOf = (body: string) => pageVocabulary(page(body));
const matches = (selector: string, body: string) => mayMatch(selectorRequirement(selector), vocabularyOf(body));

describe("pageVocabulary", () => {
  it("collects classes, ids, element and attribute names (lower case) from every element", () => {
    const v = vocabularyOf(
      `<div class=" p-4  md:p-8\tdark:bg-slate-950" id="Main"><svg viewBox="0 0 1 1"><rect data-Cell="a"/></svg></div>`,
    );
    expect([...v.classes].sort()).toEqual(["dark:bg-slate-950", "md:p-8", "p-4"]);
    expect(v.ids.has("Main")).toBe(true);
    expect(["html", "head", "body", "div", "svg", "rect"].every((t) => v.tags.has(t))).toBe(true);
    expect(["class", "id", "viewbox", "data-cell", "lang"].every((a) => v.attributes.has(a))).toBe(true);
    expect(v.classes.has("p-8")).toBe(false);
  });
});

describe("selectorRequirement and mayMatch", () => {
  it("needs every class, id, element and attribute of every compound, through combinators", () => {
    expect(matches(".a>.b", `<p class="a"><i class="b"></i></p>`)).toBe(true);
    expect(matches(".a>.b", `<p class="a"></p>`)).toBe(false);
    expect(matches("ul li+li", `<ul><li>x</li></ul>`)).toBe(true);
    expect(matches("ol li", `<ul><li>x</li></ul>`)).toBe(false);
    expect(matches("#top.x", `<p id="top" class="x"></p>`)).toBe(true);
    expect(matches("#top", `<p id="bottom"></p>`)).toBe(false);
    expect(matches("a[data-print-href]::after", `<a href="/">x</a>`)).toBe(false);
    expect(matches("a[data-print-href]::after", `<a data-print-href="/x">x</a>`)).toBe(true);
    expect(matches("ABBR:where([title])", `<abbr title="x">x</abbr>`)).toBe(true);
  });

  it("reads Tailwind's escaped class names", () => {
    const body = `<p class="md:p-4 w-1/2 [&amp;_svg]:size-4 hover:bg-sky-50 space-y-1.5">x</p>`;
    expect(matches(".md\\:p-4", body)).toBe(true);
    expect(matches(".w-1\\/2", body)).toBe(true);
    expect(matches(".\\[\\&_svg\\]\\:size-4 svg", `${body}<svg></svg>`)).toBe(true);
    expect(matches(".hover\\:bg-sky-50:hover", body)).toBe(true);
    expect(matches(".space-y-1\\.5>:not(:last-child)", body)).toBe(true);
    expect(matches(".\\31 0", `<p class="10"></p>`)).toBe(true); // hex escape and its space
    expect(matches(".md\\:p-8", body)).toBe(false);
  });

  it("needs one argument of :is()/:where(), nothing from :not(), :has() or a pseudo-element", () => {
    const dark = `.dark\\:bg-slate-950:where([data-theme=dark],[data-theme=dark] *)`;
    expect(matches(dark, `<body class="dark:bg-slate-950">`)).toBe(false);
    expect(matches(dark, `<div data-theme="dark"><p class="dark:bg-slate-950"></p></div>`)).toBe(true);
    const system = `.dark\\:bg-slate-950:where(:not([data-theme=light],[data-theme=light] *))`;
    expect(matches(system, `<p class="dark:bg-slate-950"></p>`)).toBe(true);
    expect(matches(".a:has(.b)", `<p class="a"></p>`)).toBe(true);
    expect(matches(".a:is(.b, .c)", `<p class="a c"></p>`)).toBe(true);
    expect(matches(".a:is(.b, .c)", `<p class="a"></p>`)).toBe(false);
    expect(matches("::file-selector-button", `<p></p>`)).toBe(true);
    expect(matches(":root", `<p></p>`)).toBe(true);
    expect(matches('[type="a,b]"]', `<input type="a,b]">`)).toBe(true);
  });
});

describe("stylesheetSubset", () => {
  const vocabulary = vocabularyOf(`<main class="a"><p class="b">x</p></main>`);

  it("keeps the rules the page may use, whole and in order, in the groups that hold them", () => {
    const css =
      "@layer theme,base,utilities;@font-face{font-family:x;src:url(x.woff2)}" +
      "@layer theme{:root,:host{--color-x:red}}" +
      "@layer utilities{.a{color:red}.z{color:blue}.b,.y{margin:0}@media (prefers-color-scheme:dark){.z{color:#000}" +
      ".a{color:#fff}}@media print{.z{display:none}}}" +
      "@media print{@page{size:A4}main{padding:0}}";
    expect(stylesheetSubset(css, vocabulary)).toBe(
      "@layer theme,base,utilities;@font-face{font-family:x;src:url(x.woff2)}" +
        "@layer theme{}" + // nothing reads --color-x; the layer stays, in its place
        "@layer utilities{.a{color:red}.b,.y{margin:0}@media (prefers-color-scheme:dark){.a{color:#fff}}}" +
        "@media print{@page{size:A4}main{padding:0}}",
    );
  });

  it("keeps the custom properties something reads: a kept value, another kept one, the page's HTML", () => {
    const css =
      ":root,:host{--color-x:red;--color-y:blue;--font:var(--f1),serif;--f1:Inter;--unread:1px;--s:0}" +
      ".a{color:var(--color-x);font-family:var(--font);--tw-own:2px}.z{border-color:var(--color-y)}";
    expect(stylesheetSubset(css, vocabulary)).toBe(
      ":root,:host{--color-x:red;--font:var(--f1),serif;--f1:Inter}.a{color:var(--color-x);font-family:var(--font)}",
    );
    const styled = vocabularyOf(`<main class="a" style="--w:1px;padding:var(--s)"><svg fill="var(--color-y)">`);
    expect(stylesheetSubset(css, styled)).toBe(
      ":root,:host{--color-x:red;--color-y:blue;--font:var(--f1),serif;--f1:Inter;--s:0}" +
        ".a{color:var(--color-x);font-family:var(--font)}",
    );
    const scripted = vocabularyOf(
      `<p class="a"></p><script>self.__next_f.push([1,"{\\"stroke\\":\\"var(--color-y)\\"}"])</script>`,
    );
    expect(stylesheetSubset(css, scripted)).toContain("--color-y:blue");
  });

  it("keeps a custom property a kept container style query reads", () => {
    const css = ":root{--wide:1;--narrow:0}@container style(--wide: 1){.a{margin:0}}";
    expect(stylesheetSubset(css, vocabulary)).toBe(":root{--wide:1}@container style(--wide: 1){.a{margin:0}}");
  });

  it("keeps @keyframes only when a kept rule names them, directly or in a variable that is read", () => {
    const css =
      "@keyframes spin{to{transform:rotate(360deg)}}@keyframes ping{to{opacity:0}}@keyframes pulse{50%{opacity:.5}}" +
      "@keyframes bounce{50%{translate:var(--bounce)}}" +
      ":root{--animate-pulse:pulse 2s infinite;--animate-bounce:bounce 1s;--bounce:2px}" +
      ".a{animation:spin 1s linear infinite}.b{animation:var(--animate-pulse)}.z{animation:ping 1s}";
    const subset = stylesheetSubset(css, vocabulary);
    expect(subset).toContain("@keyframes spin{");
    expect(subset).toContain("@keyframes pulse{");
    expect(subset).not.toContain("ping");
    expect(subset).not.toContain("bounce"); // --animate-bounce is read by nothing kept
  });

  it("keeps a @property registration when its custom property is read", () => {
    const css =
      '@property --tw-shadow{syntax:"*";inherits:false;initial-value:0 0 #0000}@property --tw-ring{syntax:"*"}' +
      ".a{--tw-shadow:0 1px #000;box-shadow:var(--tw-shadow)}.b{--tw-ring:1px}";
    expect(stylesheetSubset(css, vocabulary)).toBe(
      '@property --tw-shadow{syntax:"*";inherits:false;initial-value:0 0 #0000}' +
        ".a{--tw-shadow:0 1px #000;box-shadow:var(--tw-shadow)}",
    );
  });
});

describe("stylesheetSubset on the site's built stylesheet", () => {
  // tests/fixtures/lean-css/site.css: the stylesheet `next build` wrote for this site (Tailwind 4, next/font).
  const site = readFileSync(join(import.meta.dirname, "..", "fixtures", "lean-css", "site.css"), "utf8");
  /** A set that holds every name: a page that may use every rule and read every custom property. */
  class Every extends Set<string> {
    override has() {
      return true;
    }
  }
  const every = new Every();
  const everything = { classes: every, ids: every, tags: every, attributes: every, variables: every };

  it("links the whole stylesheet without its @font-face rules, byte for byte otherwise", () => {
    const linked = linkedStylesheetText(site);
    const fontFaces = site.match(/@font-face\{[^}]*\}/g)!;
    expect(fontFaces.length).toBeGreaterThan(0);
    expect(linked).not.toContain("@font-face");
    // (a line break before a removed rule goes with it)
    const expected = fontFaces.reduce((css, rule) => css.replace(rule, ""), site);
    expect(linked.replace(/\n/g, "")).toBe(expected.replace(/\n/g, ""));
    // The inline subset keeps the fonts: declared once per page.
    expect(stylesheetSubset(site, vocabularyOf("")).match(/@font-face\{/g)).toHaveLength(fontFaces.length);
  });

  it("writes every rule byte for byte when the page may use them all", () => {
    expect(stylesheetSubset(site, everything)).toBe(site.replace(/\n/g, ""));
  });

  it("keeps the layers' order, fonts, preflight and the variables they read for a page that uses nothing", () => {
    const none = stylesheetSubset(site, vocabularyOf(""));
    expect(none).toMatch(/^@layer properties\{\}@layer theme\{:root,:host\{--font-sans:/);
    expect(none).toContain("@layer components;@layer utilities{}");
    expect(none.match(/@font-face\{/g)).toHaveLength(site.match(/@font-face\{/g)!.length);
    expect(none).toContain("--default-font-family:var(--font-sans)"); // read by preflight's html rule
    expect(none).not.toContain("@property");
    expect(none).not.toContain("@keyframes");
    expect(none).not.toMatch(/(^|[}{,])\.[a-z]/); // no class rule
    expect(none.length).toBeLessThan(site.length / 10);
  });

  it("keeps a page's classes with their dark-scheme and hover variants, and its fonts' classes", () => {
    const html = `<html class="awPema_variable"><body><main class="bg-white dark:bg-slate-950 hover:text-sky-700">`;
    const subset = stylesheetSubset(site, pageVocabulary(`${html}</main></body></html>`));
    expect(subset).toContain(".awPema_variable{--font-inter:");
    expect(subset).toContain(".bg-white{");
    expect(subset).toMatch(/@media \(prefers-color-scheme:dark\)\{\.dark\\:bg-slate-950:where\(:not\(/);
    expect(subset).toMatch(/@media \(hover:hover\)\{\.hover\\:text-sky-700:hover\{/);
    expect(subset).toContain("body{"); // the site's own body rule
    expect(site).toContain(".dark\\:bg-slate-950:where([data-theme=dark]");
    expect(subset).not.toContain(".dark\\:bg-slate-950:where([data-theme=dark]"); // no data-theme on this page
    const embed = pageVocabulary(`${html}<div data-theme="dark"></div></main></body></html>`);
    expect(stylesheetSubset(site, embed)).toContain(
      ".dark\\:bg-slate-950:where([data-theme=dark],[data-theme=dark] *){",
    );
    expect(subset).not.toContain(".iFYTpG_variable");
    expect(subset).not.toContain(".tm-gap{");
  });
});
