// @ts-check
/**
 * The React Server Components payload Next.js inlines in a page, as `<script>self.__next_f.push([1,"…"])</script>`
 * chunks (JSON text, HTML-escaped): read as one text, and written back.
 */

/** Next's inline payload chunks. */
export const PAYLOAD_SCRIPT = /(<script\b[^>]*>)self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)<\/script>/g;
/** Binary payload chunks (base64): their rows cannot be read as text here, so their pages are left alone. */
export const BINARY_PAYLOAD = /self\.__next_f\.push\(\[3,/;

/** The escaping Next.js applies to inline JSON (htmlEscapeJsonString): no `<`, `>`, `&` or line separators. */
const HTML_ESCAPES = /** @type {Record<string, string>} */ ({
  "&": "\\u0026",
  ">": "\\u003e",
  "<": "\\u003c",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
});

/** A chunk's text as the JSON string literal of its script. @param {string} text */
export function encodeChunk(text) {
  return JSON.stringify(text).replace(/[&><\u2028\u2029]/g, (c) => HTML_ESCAPES[c]);
}

/**
 * @typedef {{ index: number; length: number; open: string; text: string }} PayloadScript
 * A payload chunk's script: where it is in the page, its opening tag and its text.
 */

/**
 * The page's payload chunks in document order, or null for a page with a binary chunk.
 * @param {string} html
 * @returns {PayloadScript[] | null}
 */
export function payloadScripts(html) {
  if (BINARY_PAYLOAD.test(html)) return null;
  return [...html.matchAll(PAYLOAD_SCRIPT)].map((m) => ({
    index: /** @type {number} */ (m.index),
    length: m[0].length,
    open: m[1],
    text: /** @type {string} */ (JSON.parse(m[2])),
  }));
}

/**
 * `html` with its payload chunks replaced by `texts` (one per chunk, in order; an empty text drops its script).
 * @param {string} html
 * @param {PayloadScript[]} scripts
 * @param {string[]} texts
 */
export function withPayloadTexts(html, scripts, texts) {
  let out = "";
  let last = 0;
  scripts.forEach((s, i) => {
    out += html.slice(last, s.index);
    if (texts[i] !== "") out += `${s.open}self.__next_f.push([1,${encodeChunk(texts[i])}])</script>`;
    last = s.index + s.length;
  });
  return out + html.slice(last);
}
