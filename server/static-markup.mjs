// @ts-check
/**
 * Server markup sent once. A page's HTML is rendered from its inline payload (React Server Components), so every
 * element is in the page twice: as HTML, and as the payload React reads to hydrate it. Markup that needs no script
 * (components/StaticMarkup.tsx: text, figures, links) does not need its payload copy: React keeps the document's
 * markup when a StaticMarkup has no children. So each StaticMarkup element in the inline payload loses its
 * `children`, and the rows only they referred to go too (their text, and client components only they used).
 *
 * Done after the build on every prerendered page and on every page the server renders (server/lean-html.mjs,
 * leanPage). The navigation payloads (.rsc) keep the children: a client-side navigation renders them.
 *
 * A StaticMarkup is left whole when that would not be safe, and said why (`kept`):
 * - it holds a client component other than IntentLink and StaticMarkup (`holds …`): that component would not
 *   hydrate. This is a mistake in the page, wherever the StaticMarkup sits, and the build fails on it
 *   (scripts/csp-hashes.mjs);
 * - it sits inside a client component (`inside …`), which may render it again later with nothing to keep: the
 *   root not-found boundary's copy of the site chrome, for one. That is expected, and it stays as it is. A context
 *   provider and DormantDetails are not such components (TRANSPARENT_CLIENT_COMPONENTS);
 * - a reference elsewhere in the payload points into its children by path (`pointed into`).
 */
import {
  clientExportName,
  jsonRow,
  parseFlightRows,
  reachableRows,
  referencedRow,
  referencePath,
  rowValue,
} from "./flight-rows.mjs";
import { payloadScripts, withPayloadTexts } from "./inline-payload.mjs";

/** The component's export name, as the payload names it. */
export const STATIC_MARKUP = "StaticMarkup";
/** The client components a StaticMarkup may hold: links (their clicks are handled by StaticMarkup) and itself. */
const INERT_CLIENT_COMPONENTS = new Set([STATIC_MARKUP, "IntentLink"]);
/**
 * Client components a StaticMarkup may sit in: they render their children always, as they are (a context
 * provider), or hand the markup over when they draw their children afresh (DormantDetails, opened:
 * rememberStaticMarkupIn in components/StaticMarkup.tsx).
 */
const TRANSPARENT_CLIENT_COMPONENTS = new Set(["PlanProgressProvider", "DormantDetails"]);

/**
 * @typedef {{ payload: string; stripped: number; kept: string[] }} StaticMarkupResult
 * `stripped`: how many StaticMarkup elements lost their children; `kept`: why each other one was left whole.
 */

/**
 * The payload without the children of its StaticMarkup elements, or null if it does not read as Flight rows.
 * @param {string} payload
 * @returns {StaticMarkupResult | null}
 */
export function dropStaticMarkupChildren(payload) {
  const rows = parseFlightRows(payload);
  if (rows === null) return null;
  const byId = new Map(rows.filter((r) => r.id !== "").map((r) => [r.id, r]));
  /** @type {Map<string, string>} client component row id → export name */
  const clients = new Map();
  for (const row of rows) {
    const name = clientExportName(row, byId);
    if (name !== null) clients.set(row.id, name);
  }
  if (![...clients.values()].includes(STATIC_MARKUP)) return { payload, stripped: 0, kept: [] };

  /** The export name of an element's client component, or undefined (an HTML element, a server component's row). */
  const clientOf = (/** @type {unknown[]} */ element) =>
    clients.get(referencedRow(/** @type {string} */ (element[1])) ?? "");

  /** @type {Map<string, unknown>} the parsed value of each JSON row read, edited in place */
  const values = new Map();
  const valueOf = (/** @type {string} */ id) => {
    if (!values.has(id)) values.set(id, rowValue(/** @type {import("./flight-rows.mjs").FlightRow} */ (byId.get(id))));
    return values.get(id);
  };
  /** What a reference to a JSON row (the row, or a value in it by path) points to, or undefined. @param {string} ref */
  const target = (ref) => {
    const at = referencePath(ref);
    if (at === null || byId.get(at.id)?.tag !== "json") return undefined;
    return { row: at.id, value: atPath(valueOf(at.id), at.path) };
  };

  /** @type {Map<Record<string, unknown>, string>} StaticMarkup props (children still there) → the row they are in */
  const candidates = new Map();
  /** @type {Map<Record<string, unknown>, string>} StaticMarkup props → why they stay */
  const keep = new Map();
  const visited = new Set();

  /**
   * @param {unknown} value
   * @param {string | null} inside the client component it is inside, if any
   * @param {string} row the row it is in
   */
  const visit = (value, inside, row) => {
    if (typeof value === "string") {
      const to = target(value);
      const key = `${value}${inside === null ? "" : "!"}`;
      if (to === undefined || visited.has(key)) return;
      visited.add(key);
      visit(to.value, inside, to.row);
    } else if (Array.isArray(value)) {
      if (isElement(value)) {
        const props = /** @type {Record<string, unknown>} */ (value[3]);
        const name = clientOf(value);
        if (name === STATIC_MARKUP) {
          const held = [...clientsIn(props.children)].filter((n) => !INERT_CLIENT_COMPONENTS.has(n));
          if (held.length > 0) keep.set(props, `holds ${held.join(", ")}`);
          else if (inside !== null) keep.set(props, `inside ${inside}`);
          else if ("children" in props) candidates.set(props, row);
          return;
        }
        const transparent =
          name === undefined || INERT_CLIENT_COMPONENTS.has(name) || TRANSPARENT_CLIENT_COMPONENTS.has(name);
        visit(props, transparent ? inside : (inside ?? name), row);
      } else for (const item of value) visit(item, inside, row);
    } else if (value !== null && typeof value === "object") {
      for (const item of Object.values(value)) visit(item, inside, row);
    }
  };

  /** Every value in a value, through the rows it refers to. @param {unknown} value @returns {unknown[]} */
  const valuesIn = (value) => {
    /** @type {unknown[]} */
    const out = [];
    const seen = new Set();
    const walk = (/** @type {unknown} */ v) => {
      if (typeof v === "string") {
        const to = target(v);
        if (to !== undefined && !seen.has(v)) {
          seen.add(v);
          walk(to.value);
        }
        return;
      }
      out.push(v);
      if (Array.isArray(v)) v.forEach(walk);
      else if (v !== null && typeof v === "object") Object.values(v).forEach(walk);
    };
    walk(value);
    return out;
  };
  /** The export names of the client components in a value. @param {unknown} value */
  const clientsIn = (value) => {
    /** @type {Set<string>} */
    const out = new Set();
    for (const v of valuesIn(value)) {
      const name = Array.isArray(v) && isElement(v) ? clientOf(v) : undefined;
      if (name !== undefined) out.add(name);
    }
    return out;
  };

  visit("$0", null, "0");
  // Values a reference points into by path (React dedupes a value passed twice that way): a StaticMarkup whose
  // children hold one keeps them, or the reference would point at nothing.
  /** @type {Set<unknown>} */
  const pointedAt = new Set(
    rows
      .filter((r) => r.tag === "json")
      .flatMap((r) => r.text.match(/"\$[A-Z@]?[0-9a-f]+:[^"]*"/g) ?? [])
      .map((ref) => target(JSON.parse(ref))?.value)
      .filter((v) => v !== null && typeof v === "object"),
  );
  let stripped = 0;
  const edited = new Set();
  for (const [props, row] of candidates) {
    if (keep.has(props)) continue;
    if (pointedAt.size > 0 && valuesIn(props.children).some((v) => pointedAt.has(v))) {
      keep.set(props, "pointed into");
      continue;
    }
    delete props.children;
    edited.add(row);
    stripped++;
  }
  const kept = [...keep.values()];
  if (stripped === 0) return { payload, stripped, kept };
  const out = reachableRows(rows.map((r) => (edited.has(r.id) ? jsonRow(r.id, valueOf(r.id)) : r)));
  return { payload: out.map((r) => r.text).join(""), stripped, kept };
}

/**
 * The value at `path` in a row's value: keys of objects and arrays, and for an element `["$", type, key, props]`
 * its `type`, `key` and `props` (as React names them when it resolves such a path).
 * @param {unknown} value
 * @param {string[]} path
 * @returns {unknown}
 */
function atPath(value, path) {
  let v = value;
  for (const key of path) {
    if (v === null || typeof v !== "object") return undefined;
    const index = Array.isArray(v) && isElement(v) ? ELEMENT_FIELDS[key] : undefined;
    v = /** @type {Record<string, unknown>} */ (v)[index ?? key];
  }
  return v;
}
/** @type {Record<string, number>} */
const ELEMENT_FIELDS = { type: 1, key: 2, props: 3 };

/** `["$", type, key, props, …]`: a React element. @param {unknown[]} value */
function isElement(value) {
  return (
    value.length >= 4 &&
    value[0] === "$" &&
    typeof value[1] === "string" &&
    value[3] !== null &&
    typeof value[3] === "object"
  );
}

/**
 * `html` whose inline payload has lost its StaticMarkup elements' children (one payload script, where the first
 * was), with the counts. A page without StaticMarkup, with a binary payload chunk or a payload that does not read
 * as rows is left as it is.
 * @param {string} html
 * @returns {{ html: string; stripped: number; kept: string[] }}
 */
export function dropStaticMarkupPayload(html) {
  const scripts = payloadScripts(html);
  if (scripts === null || scripts.length === 0) return { html, stripped: 0, kept: [] };
  const result = dropStaticMarkupChildren(scripts.map((s) => s.text).join(""));
  if (result === null || result.stripped === 0) return { html, stripped: 0, kept: result?.kept ?? [] };
  const texts = scripts.map((_, i) => (i === 0 ? result.payload : ""));
  return { html: withPayloadTexts(html, scripts, texts), stripped: result.stripped, kept: result.kept };
}
