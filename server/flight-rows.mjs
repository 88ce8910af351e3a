// @ts-check
/**
 * The rows of a React Server Components (Flight) payload as Next.js inlines it in a page: `ID:VALUE` rows, where
 * VALUE is JSON (a model row: `[…]`, `{…}`, `"…"`), `I[…]` (a client component's module), `HL[…]` (a resource
 * hint, with an empty ID) or `T<hex byte length>,<text>` (a text row, the only kind without a closing newline).
 * Read and written as text; a payload that does not read as such rows exactly is not touched (parseFlightRows
 * returns null).
 */

/**
 * @typedef {{ id: string; tag: string; text: string }} FlightRow
 * `text` is the whole row as sent (with its newline); `tag` is "T", "I", "HL", "json" or the row's first character.
 */

/**
 * @param {string} payload
 * @returns {FlightRow[] | null}
 */
export function parseFlightRows(payload) {
  /** @type {FlightRow[]} */
  const rows = [];
  const head = /([0-9a-f]*):/y;
  let at = 0;
  while (at < payload.length) {
    head.lastIndex = at;
    const m = head.exec(payload);
    if (m === null) return null;
    const id = m[1];
    const body = at + m[0].length;
    if (payload[body] === "T") {
      const comma = payload.indexOf(",", body);
      if (comma < 0) return null;
      const end = afterBytes(payload, comma + 1, parseInt(payload.slice(body + 1, comma), 16));
      if (end < 0) return null;
      rows.push({ id, tag: "T", text: payload.slice(at, end) });
      at = end;
      continue;
    }
    const newline = payload.indexOf("\n", body);
    if (newline < 0) return null;
    const first = payload[body];
    const tag = payload.startsWith("HL", body)
      ? "HL"
      : first === "[" || first === "{" || first === '"'
        ? "json"
        : first;
    rows.push({ id, tag, text: payload.slice(at, newline + 1) });
    at = newline + 1;
  }
  return rows;
}

/**
 * The index after `bytes` UTF-8 bytes of `text` from `from`, or -1 if the text ends first or splits a character.
 * @param {string} text
 * @param {number} from
 * @param {number} bytes
 */
function afterBytes(text, from, bytes) {
  if (!Number.isFinite(bytes) || bytes < 0) return -1;
  let i = from;
  let left = bytes;
  while (left > 0) {
    if (i >= text.length) return -1;
    const code = /** @type {number} */ (text.codePointAt(i));
    left -= code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    i += code >= 0x10000 ? 2 : 1;
  }
  return left === 0 ? i : -1;
}

/** The value of a JSON row. @param {FlightRow} row */
export const rowValue = (row) => JSON.parse(row.text.slice(row.id.length + 1));

/**
 * A client component row's export name (`I[module, chunks, name]`, the name possibly a reference to a string row).
 * @param {FlightRow} row
 * @param {Map<string, FlightRow>} byId
 * @returns {string | null}
 */
export function clientExportName(row, byId) {
  if (row.tag !== "I") return null;
  const name = JSON.parse(row.text.slice(row.id.length + 2))[2];
  if (typeof name !== "string") return null;
  const ref = referencedRow(name);
  if (ref === null) return name;
  const target = byId.get(ref);
  const value = target?.tag === "json" ? rowValue(target) : null;
  return typeof value === "string" ? value : null;
}

/** A JSON row with a new value. @param {string} id @param {unknown} value @returns {FlightRow} */
export const jsonRow = (id, value) => ({ id, tag: "json", text: `${id}:${JSON.stringify(value)}\n` });

/**
 * The row a string refers to, if it is a reference: `$ID`, `$L ID` (a lazy element or client component),
 * `$@ID` (a promise), `$Q ID` and the like (a map, a set…), each optionally with a `:path` into the row.
 * `$undefined`, `$Sreact.fragment`, `$D<date>` and other special values are not references.
 * @param {string} value
 * @returns {string | null}
 */
export function referencedRow(value) {
  const m = /^\$[A-Z@]?([0-9a-f]+)(?::.*)?$/.exec(value);
  return m === null ? null : m[1];
}

/**
 * The row a reference points to and the path into its value (`$12:props:picks`: row 12, ["props", "picks"]).
 * @param {string} value
 * @returns {{ id: string; path: string[] } | null}
 */
export function referencePath(value) {
  const id = referencedRow(value);
  if (id === null) return null;
  const colon = value.indexOf(":");
  return { id, path: colon < 0 ? [] : value.slice(colon + 1).split(":") };
}

/**
 * The ids of the rows a row's text refers to: any reference-shaped string in it (when in doubt, a row is kept), also
 * in a client component's row, whose chunk list and export name may be references to string rows.
 * @param {FlightRow} row
 * @returns {string[]}
 */
export function rowReferences(row) {
  if (row.tag === "T") return [];
  return [...row.text.matchAll(/"\$[A-Z@]?([0-9a-f]+)(?::[^"]*)?"/g)].map((m) => m[1]);
}

/**
 * The rows still needed: those the root row (`0`) reaches by references, and every row without an id (hints).
 * @param {FlightRow[]} rows
 * @returns {FlightRow[]}
 */
export function reachableRows(rows) {
  const byId = new Map(rows.filter((r) => r.id !== "").map((r) => [r.id, r]));
  const seen = new Set(["0"]);
  const queue = ["0"];
  while (queue.length > 0) {
    const row = byId.get(/** @type {string} */ (queue.pop()));
    if (row === undefined) continue;
    for (const id of rowReferences(row)) {
      if (!seen.has(id)) {
        seen.add(id);
        queue.push(id);
      }
    }
  }
  return rows.filter((r) => r.id === "" || seen.has(r.id));
}
