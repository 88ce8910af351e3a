// @ts-check
/**
 * The part of a stylesheet a page's HTML uses, for its inline `<style>` (server/lean-html.mjs). The whole
 * stylesheet follows as a cached file, so what the page shows after interaction or after a client-side
 * navigation is styled by it; this subset only has to style the HTML as it arrives, exactly as the whole would.
 *
 * A style rule is kept when at least one selector of its list could match this page: every class, id, element
 * and attribute name it needs outside a pseudo-class is in the HTML (`:is()`/`:where()` need one of their
 * arguments; `:not()`, `:has()` and every other pseudo-class need nothing, which keeps more than needed, never
 * less). A kept rule is kept whole, selector list and all, so the browser reads exactly what it would read in the
 * whole stylesheet. Conditional groups (`@media` — the dark scheme and print among them —, `@supports`,
 * `@container`) keep their kept rules and go when none is left; an `@layer` block stays, if empty, so the layers'
 * order is the whole stylesheet's. `@font-face`, `@layer` statements, `@page` and rules that need nothing (`:root`,
 * `*`, `::before`) are kept; `@keyframes` when a kept rule names them (in `animation`, or in a variable such as
 * `--animate-spin`).
 *
 * Custom properties (the theme's `--color-…`, Tailwind's `--tw-…`) are kept where something on the page can read
 * them: a kept declaration's value, a kept `@keyframes`, the page's own attributes (`style`, `fill`) and scripts
 * (React's payload) name them with `var(--…)`, or a kept custom property does (followed to the end). Any other
 * custom property declaration is left out — unread, it changes nothing — and so is its `@property` registration.
 *
 * Rules keep their order, so every declaration a page's elements match wins exactly as it does in the whole
 * stylesheet; and since the whole stylesheet loaded later holds every kept rule again, in the same order and
 * layers, the two together cascade like the whole alone.
 */
import postcss from "postcss";
import { Parser } from "htmlparser2";

/**
 * What a page's HTML holds that selectors can ask for.
 * `variables`: the custom properties its attributes and scripts name (`--…`).
 * @typedef {{ classes: Set<string>; ids: Set<string>; tags: Set<string>; attributes: Set<string>;
 *   variables?: Set<string> }} Vocabulary
 */

/**
 * What one complex selector needs: every one of `needs` ("c:" class, "i:" id, "t:" element, "a:" attribute
 * name), and for each of `anyOf` (an `:is()` or `:where()`) at least one of its selectors.
 * @typedef {{ needs: string[]; anyOf: Requirement[][] }} Requirement
 */

/**
 * A stylesheet read once: its top-level items, each with what deciding and writing it needs.
 * A rule's `reads`: the custom properties its declarations of other properties name; `declarations` all of its
 * declarations in order, each with the custom property it sets (else null), the custom properties its value reads
 * and the keyframes it may name (null when the rule holds anything but declarations: then it is written whole).
 * `names`: the keyframes its declarations of other properties (or, written whole, all of them) may name.
 * @typedef {{ sets: string | null; text: string; reads: string[]; names: string[] }} Declaration
 * @typedef {{ kind: "rule"; text: string; open: string; selectors: Requirement[]; names: string[]; reads: string[];
 *     declarations: Declaration[] | null }
 *   | { kind: "group"; open: string; layer: boolean; items: Item[]; reads: string[] }
 *   | { kind: "keyframes"; name: string; text: string; reads: string[] }
 *   | { kind: "property"; name: string; text: string }
 *   | { kind: "always"; text: string }} Item
 */

/**
 * The classes, ids, element names and attribute names of a page's HTML (element and attribute names in lower
 * case, as CSS matches them on HTML elements).
 * @param {string} html
 * @returns {Vocabulary}
 */
export function pageVocabulary(html) {
  /** @type {Required<Vocabulary>} */
  const vocabulary = {
    classes: new Set(),
    ids: new Set(),
    tags: new Set(),
    attributes: new Set(),
    variables: new Set(),
  };
  /** The text of the script or style element being read (not the inlined stylesheet being cut), else null. */
  let text = /** @type {string | null} */ (null);
  const parser = new Parser({
    onopentag(name, attrs) {
      vocabulary.tags.add(name.toLowerCase());
      for (const [attribute, value] of Object.entries(attrs)) {
        vocabulary.attributes.add(attribute.toLowerCase());
        if (attribute === "class") {
          for (const c of value.split(/[\t\n\f\r ]+/)) if (c) vocabulary.classes.add(c);
        } else if (attribute === "id") vocabulary.ids.add(value);
        for (const v of customProperties(value)) vocabulary.variables.add(v);
      }
      if (name === "script" || (name === "style" && attrs["data-href"] === undefined)) text = "";
    },
    ontext(chunk) {
      if (text !== null) text += chunk;
    },
    onclosetag(name) {
      if (text !== null && (name === "script" || name === "style")) {
        for (const v of customProperties(text)) vocabulary.variables.add(v);
        text = null;
      }
    },
  });
  parser.write(html);
  parser.end();
  return vocabulary;
}

/**
 * The custom property names (`--…`) a text names: in a declaration's value, an attribute, a script.
 * @param {string} text
 * @returns {string[]}
 */
function customProperties(text) {
  if (!text.includes("--")) return [];
  return [...text.matchAll(/(?<![A-Za-z0-9_-])--[A-Za-z0-9_-]+/g)].map((m) => m[0]);
}

const IDENT_CHAR = /[A-Za-z0-9_-]/;
const HEX = /[0-9A-Fa-f]/;

/**
 * The identifier starting at `s[i]`, unescaped (CSS escapes: `\` and 1–6 hex digits and an optional space, or
 * `\` and any other character), and where it ends.
 * @param {string} s
 * @param {number} i
 * @returns {{ name: string; end: number }}
 */
function readIdent(s, i) {
  let name = "";
  while (i < s.length) {
    const ch = s[i];
    if (ch === "\\") {
      let hex = "";
      let j = i + 1;
      while (j < s.length && hex.length < 6 && HEX.test(s[j])) hex += s[j++];
      if (hex) {
        name += String.fromCodePoint(parseInt(hex, 16) || 0xfffd);
        if (/[\t\n\f\r ]/.test(s[j] ?? "")) j += 1;
        i = j;
      } else {
        name += s[i + 1] ?? "";
        i += 2;
      }
    } else if (IDENT_CHAR.test(ch) || ch.charCodeAt(0) >= 0x80) {
      name += ch;
      i += 1;
    } else break;
  }
  return { name, end: i };
}

/**
 * The index just past the bracket that closes the one at `s[i]` (`(` or `[`), skipping strings and escapes.
 * @param {string} s
 * @param {number} i
 */
function closing(s, i) {
  let depth = 0;
  while (i < s.length) {
    const ch = s[i];
    if (ch === "\\") i += 2;
    else if (ch === '"' || ch === "'") {
      i += 1;
      while (i < s.length && s[i] !== ch) i += s[i] === "\\" ? 2 : 1;
      i += 1;
    } else {
      if (ch === "(" || ch === "[") depth += 1;
      else if (ch === ")" || ch === "]") depth -= 1;
      i += 1;
      if (depth === 0) return i;
    }
  }
  return s.length;
}

/**
 * A selector list split at its top-level commas (not those inside brackets or strings).
 * @param {string} list
 */
function splitList(list) {
  /** @type {string[]} */
  const out = [];
  let start = 0;
  let i = 0;
  while (i < list.length) {
    const ch = list[i];
    if (ch === "(" || ch === "[" || ch === '"' || ch === "'")
      i = ch === "(" || ch === "[" ? closing(list, i) : skipString(list, i);
    else if (ch === "\\") i += 2;
    else if (ch === ",") {
      out.push(list.slice(start, i));
      start = ++i;
    } else i += 1;
  }
  out.push(list.slice(start));
  return out.map((s) => s.trim()).filter(Boolean);
}

/** @param {string} s @param {number} i  index of the opening quote */
function skipString(s, i) {
  const quote = s[i];
  i += 1;
  while (i < s.length && s[i] !== quote) i += s[i] === "\\" ? 2 : 1;
  return i + 1;
}

/** Pseudo-classes whose argument is a selector list of which one must match for the whole to match. */
const ANY_OF = new Set(["is", "where", "matches", "-webkit-any", "-moz-any"]);

/**
 * What one complex selector (no top-level comma) needs of a page.
 * @param {string} selector
 * @returns {Requirement}
 */
export function selectorRequirement(selector) {
  /** @type {Requirement} */
  const requirement = { needs: [], anyOf: [] };
  const s = selector;
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (ch === ".") {
      const { name, end } = readIdent(s, i + 1);
      if (name) requirement.needs.push(`c:${name}`);
      i = Math.max(end, i + 1);
    } else if (ch === "#") {
      const { name, end } = readIdent(s, i + 1);
      if (name) requirement.needs.push(`i:${name}`);
      i = Math.max(end, i + 1);
    } else if (ch === "[") {
      const end = closing(s, i);
      let j = i + 1;
      while (/[\t\n\f\r ]/.test(s[j] ?? "")) j += 1;
      // A namespace prefix ([*|href], [svg|href]) comes before the name.
      let { name, end: after } = readIdent(s, j);
      if (s[after] === "|" && s[after + 1] !== "=") ({ name } = readIdent(s, after + 1));
      else if (s[j] === "*" && s[j + 1] === "|") ({ name } = readIdent(s, j + 2));
      if (name) requirement.needs.push(`a:${name.toLowerCase()}`);
      i = end;
    } else if (ch === ":") {
      const pseudoElement = s[i + 1] === ":";
      const { name, end } = readIdent(s, i + (pseudoElement ? 2 : 1));
      i = end;
      if (s[i] === "(") {
        const close = closing(s, i);
        if (!pseudoElement && ANY_OF.has(name.toLowerCase()))
          requirement.anyOf.push(splitList(s.slice(i + 1, close - 1)).map(selectorRequirement));
        i = close;
      }
    } else if (ch === "\\" || IDENT_CHAR.test(ch) || ch.charCodeAt(0) >= 0x80) {
      // An element name, unless it is a namespace prefix (svg|rect: the element is what follows).
      const { name, end } = readIdent(s, i);
      if (s[end] === "|" && s[end + 1] !== "=") i = end + 1;
      else {
        if (name) requirement.needs.push(`t:${name.toLowerCase()}`);
        i = Math.max(end, i + 1);
      }
    } else if (ch === '"' || ch === "'") i = skipString(s, i);
    else i += 1; // combinators, whitespace, *, &, |
  }
  return requirement;
}

/**
 * Whether a page with this vocabulary may hold an element the selector matches.
 * @param {Requirement} requirement
 * @param {Vocabulary} vocabulary
 * @returns {boolean}
 */
export function mayMatch(requirement, vocabulary) {
  for (const need of requirement.needs) {
    const name = need.slice(2);
    const set =
      need[0] === "c"
        ? vocabulary.classes
        : need[0] === "i"
          ? vocabulary.ids
          : need[0] === "t"
            ? vocabulary.tags
            : vocabulary.attributes;
    if (!set.has(name)) return false;
  }
  return requirement.anyOf.every((list) => list.some((r) => mayMatch(r, vocabulary)));
}

/** The words a declaration value may name a keyframes rule by. @param {string} value */
const words = (value) => value.split(/[^A-Za-z0-9_-]+/).filter(Boolean);

/** At-rules that hold rules and only apply them under a condition or in a layer: kept when a rule inside is. */
const GROUPS = new Set(["media", "supports", "layer", "container", "scope", "starting-style", "document"]);

/**
 * @param {import("postcss").ChildNode[]} nodes
 * @param {string} css
 * @returns {Item[]}
 */
function readItems(nodes, css) {
  /** @type {Item[]} */
  const items = [];
  for (const node of nodes) {
    if (node.type === "comment") continue;
    const start = node.source?.start?.offset;
    const end = node.source?.end?.offset;
    if (start === undefined || end === undefined) throw new Error("lean-css: a CSS node without source offsets");
    const text = css.slice(start, end); // postcss 8.5: the end offset is just past the node
    if ((node.type === "rule" || (node.type === "atrule" && node.nodes)) && !text.endsWith("}"))
      throw new Error(`lean-css: could not read the rule at offset ${start}`);
    if (node.type === "rule") items.push(readRule(node, css, text));
    else if (node.type === "atrule" && node.nodes && GROUPS.has(node.name.toLowerCase())) {
      const body = node.nodes[0]?.source?.start?.offset;
      const open = node.nodes.length ? css.slice(start, body) : text.slice(0, text.indexOf("{") + 1);
      const layer = node.name.toLowerCase() === "layer";
      // A container style query reads custom properties without var(): `@container style(--wide: 1)`.
      items.push({ kind: "group", open, layer, items: readItems(node.nodes, css), reads: customProperties(open) });
    } else if (node.type === "atrule" && /keyframes$/i.test(node.name)) {
      items.push({ kind: "keyframes", name: node.params.trim(), text, reads: customProperties(text) });
    } else if (node.type === "atrule" && node.name.toLowerCase() === "property") {
      items.push({ kind: "property", name: node.params.trim(), text });
    } else {
      items.push({ kind: "always", text });
    }
  }
  return items;
}

/**
 * @param {import("postcss").Rule} rule
 * @param {string} css
 * @param {string} text
 * @returns {Item}
 */
function readRule(rule, css, text) {
  /** @type {string[]} */
  const names = [];
  /** @type {string[]} */
  const reads = [];
  /** @type {Declaration[] | null} */
  let declarations = [];
  const first = rule.first?.source?.start?.offset;
  for (const child of rule.nodes) {
    if (child.type === "comment") continue;
    if (child.type !== "decl" || child.source?.start?.offset === undefined || child.source.end?.offset === undefined) {
      declarations = null;
      names.length = 0;
      reads.length = 0;
      break;
    }
    // The declaration as written, without the `;` that ends it (they are joined again by one).
    const own = css.slice(child.source.start.offset, child.source.end.offset).replace(/;$/, "");
    const custom = child.prop.startsWith("--");
    const named = custom || /animation/i.test(child.prop) ? words(child.value) : [];
    if (!custom) {
      reads.push(...customProperties(child.value));
      names.push(...named);
    }
    declarations.push({
      sets: custom ? child.prop : null,
      text: own,
      reads: customProperties(child.value),
      names: named,
    });
  }
  if (declarations === null) {
    // Written whole: everything it names is read.
    rule.walkDecls((d) => {
      names.push(...words(d.value));
      reads.push(...customProperties(d.value));
    });
  }
  const open =
    first === undefined ? text.slice(0, text.indexOf("{") + 1) : css.slice(rule.source?.start?.offset, first);
  const selectors = splitList(rule.selector).map(selectorRequirement);
  return { kind: "rule", text, open, selectors, names, reads, declarations };
}

/**
 * A stylesheet's text, read into items whose text is the stylesheet's own (so the subset is written byte for
 * byte as the rules were). The last few stylesheets are kept read: a server sees the same one on every page.
 * @type {Map<string, Item[]>}
 */
const readSheets = new Map();
const READ_SHEETS_KEPT = 4;

/** @param {string} css */
function itemsOf(css) {
  let items = readSheets.get(css);
  if (!items) {
    items = readItems(postcss.parse(css).nodes, css);
    readSheets.set(css, items);
    if (readSheets.size > READ_SHEETS_KEPT) readSheets.delete(/** @type {string} */ (readSheets.keys().next().value));
  }
  return items;
}

/**
 * The rules of `css` that a page with this vocabulary may use, in their order, with the at-rules that hold them.
 * @param {string} css
 * @param {Vocabulary} vocabulary
 * @returns {string}
 */
export function stylesheetSubset(css, vocabulary) {
  const items = itemsOf(css);
  /** Keyframes names the kept rules name. */
  const named = new Set();
  /** @type {Set<Item>} */
  const kept = new Set();
  /** @type {Array<Extract<Item, { kind: "keyframes" }>>} */
  const keyframes = [];
  /** @param {Item[]} list @returns {boolean} whether `list` holds anything to write */
  const decide = (list) => {
    let any = false;
    for (const item of list) {
      if (item.kind === "rule") {
        if (!item.selectors.some((r) => mayMatch(r, vocabulary))) continue;
        kept.add(item);
        any = true;
      } else if (item.kind === "group") {
        if (decide(item.items) || item.layer) {
          kept.add(item);
          any = true;
        }
      } else {
        if (item.kind === "keyframes") keyframes.push(item);
        any = true;
      }
    }
    return any;
  };
  decide(items);

  // The custom properties something can read: kept values, kept keyframes, the page itself; then what those read.
  const read = new Set(vocabulary.variables);
  /** @type {Map<string, string[]>} what each kept custom property declaration reads, by name */
  const declared = new Map();
  for (const item of kept) {
    if (item.kind === "group") for (const name of item.reads) read.add(name);
    if (item.kind !== "rule") continue;
    for (const name of item.reads) read.add(name);
    for (const d of item.declarations ?? [])
      if (d.sets) declared.set(d.sets, [...(declared.get(d.sets) ?? []), ...d.reads]);
  }
  /** @param {string} name */
  const isRead = (name) => read.has(name) || vocabulary.variables?.has(name) === true;
  // Keyframes are named by kept declarations (of custom properties too, when those are read), and may read
  // custom properties themselves: followed until nothing new is read or named.
  for (let grew = true; grew;) {
    const size = read.size + named.size;
    const pending = [...read];
    while (pending.length) {
      for (const name of declared.get(/** @type {string} */ (pending.pop())) ?? []) {
        if (!read.has(name)) {
          read.add(name);
          pending.push(name);
        }
      }
    }
    for (const item of kept) {
      if (item.kind !== "rule") continue;
      for (const name of item.names) named.add(name);
      for (const d of item.declarations ?? []) if (d.sets && isRead(d.sets)) for (const n of d.names) named.add(n);
    }
    for (const k of keyframes) if (named.has(k.name)) for (const name of k.reads) read.add(name);
    grew = read.size + named.size > size;
  }

  /** @param {Extract<Item, { kind: "rule" }>} rule @returns {string} */
  const writeRule = (rule) => {
    if (rule.declarations === null) return rule.text;
    const body = rule.declarations.filter((d) => d.sets === null || isRead(d.sets));
    if (body.length === rule.declarations.length) return rule.text;
    return body.length ? `${rule.open}${body.map((d) => d.text).join(";")}}` : "";
  };
  /** @param {Item[]} list @returns {string} */
  const write = (list) => {
    let out = "";
    for (const item of list) {
      if (item.kind === "always") out += item.text;
      else if (item.kind === "keyframes") out += named.has(item.name) ? item.text : "";
      else if (item.kind === "property") out += isRead(item.name) ? item.text : "";
      else if (!kept.has(item)) continue;
      else if (item.kind === "rule") out += writeRule(item);
      else {
        const inner = write(item.items);
        if (inner || item.layer) out += `${item.open}${inner}}`;
      }
    }
    return out;
  };
  return write(items);
}

/**
 * The text of the stylesheet a page links after its first paint: the whole stylesheet without its `@font-face`
 * rules, byte for byte otherwise. The inline subset declares the fonts already; a second declaration of the same
 * face, arriving with the linked file, is a new font face to the browser: on a slow network the first one had
 * missed its `font-display: optional` window and the page was painted in the fallback font, while the second
 * loads at once from the cache and re-lays the text out in Inter (a layout shift of 0.21 on the heatmap's intro
 * under Lighthouse's applied throttling).
 * @param {string} css
 * @returns {string}
 */
export function linkedStylesheetText(css) {
  const root = postcss.parse(css);
  root.walkAtRules("font-face", (rule) => {
    rule.remove();
  });
  return root.toString();
}
