// @ts-check
/**
 * The inline scripts of an HTML page and their CSP hash sources, for scripts/csp-hashes.mjs
 * (prerendered pages, after the build) and the server (views rendered once and kept, server/view-cache.mjs).
 */
import { createHash } from "node:crypto";
import { Parser } from "htmlparser2";

/**
 * Inline, executable scripts only: JSON-LD and other data blocks are not run, so need no hash.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScripts(html) {
  /** @type {string[]} */
  const scripts = [];
  /** @type {string | null} */
  let current = null;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name !== "script" || attrs.src !== undefined) return;
        const type = (attrs.type ?? "").toLowerCase();
        if (type && type !== "text/javascript" && type !== "module") return;
        current = "";
      },
      ontext(text) {
        if (current !== null) current += text;
      },
      onclosetag(name) {
        if (name === "script" && current !== null) {
          scripts.push(current);
          current = null;
        }
      },
    },
    { decodeEntities: false },
  );
  parser.write(html);
  parser.end();
  return scripts;
}

/**
 * `'sha256-…'` for each distinct inline script of `html`.
 * @param {string} html
 */
export function inlineScriptHashes(html) {
  return [
    ...new Set(inlineScripts(html).map((s) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`)),
  ];
}
