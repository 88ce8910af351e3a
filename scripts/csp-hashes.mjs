#!/usr/bin/env node
/**
 * After `next build`: the sha256 of every inline script of every prerendered page, so
 * static pages can be served with a Content-Security-Policy that allows exactly those
 * scripts (no 'unsafe-inline', and no per-request nonce that would make them dynamic).
 * Writes <distDir>/csp-hashes.json: { buildId, mode, pages: { "/topics/rag-systems": ["'sha256-…'", …], … } },
 * tied to the build it hashed (server.mjs refuses a hash file from another build).
 *
 * Each page is first rewritten without the payload's copies of its inlined stylesheet, and with
 * that stylesheet cut to the rules the page uses and the whole one linked at the end of the body
 * (server/lean-html.mjs), so the hashes are those of the scripts actually sent — the linked file, the whole
 * stylesheet without its @font-face rules, written beside the build's own (server/lean-css.mjs); doing both here
 * keeps every build path (npm run build, npm test, npm run serve) in that order. The pages'
 * navigation payloads (.rsc files and prefetch segments) lose their copies of the stylesheets
 * every page inlines too.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { inlineScriptHashes } from "../server/csp-inline.mjs";
import { dropFlightStylesheets, inlinedStylesheets, leanPage, linkedStylesheetHref } from "../server/lean-html.mjs";
import { linkedStylesheetText } from "../server/lean-css.mjs";
import { CSP_HASHES_FILE, CspHashesFile, cspModeFromEnv, distDir } from "../server/build-contract.mjs";

const root = join(import.meta.dirname, "..");
const dist = join(root, distDir());
const appDir = join(dist, "server", "app");

function filesEndingWith(dir, suffix) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesEndingWith(full, suffix));
    else if (name.endsWith(suffix)) out.push(full);
  }
  return out;
}
const htmlFiles = (dir) => filesEndingWith(dir, ".html");

/** .next/server/app/(site)/topics/rag-systems.html → /topics/rag-systems */
function routeOf(file) {
  const path = relative(appDir, file)
    .split(sep)
    .join("/")
    .replace(/\.html$/, "");
  const clean = path
    .split("/")
    .filter((s) => !/^\(.*\)$/.test(s))
    .join("/");
  if (clean === "index") return "/";
  return `/${clean}`;
}

const manifest = {};
let leaned = 0;
let removed = 0;
/** The stylesheets every prerendered page inlines (href → text), so every document holds them. */
let everyPage = /** @type {Map<string, string> | undefined} */ (undefined);
/** @param {Map<string, string>} a @param {Map<string, string>} b */
const sameIn = (a, b) => new Map([...a].filter(([href, css]) => b.get(href) === css));
/** Every stylesheet a page inlines: each is linked after the first paint, from the file written below. */
const inlinedHrefs = new Set();
for (const file of htmlFiles(appDir)) {
  const route = routeOf(file);
  if (route.startsWith("/_") && route !== "/_not-found") continue; // other error pages are rendered per request
  const html = readFileSync(file, "utf8");
  const inlined = inlinedStylesheets(html);
  everyPage = everyPage ? sameIn(everyPage, inlined) : inlined;
  for (const href of inlined.keys()) inlinedHrefs.add(href);
  const lean = leanPage(html);
  if (lean.unsafeStaticMarkup.length > 0) {
    console.error(`csp-hashes: ${route}: a StaticMarkup ${lean.unsafeStaticMarkup.join("; ")} (it would not hydrate)`);
    process.exit(1);
  }
  if (lean.html !== html) {
    writeFileSync(file, lean.html);
    leaned += 1;
    removed += lean.removed;
  }
  manifest[route] = inlineScriptHashes(lean.html);
}
// The stylesheet each page links after its first paint (server/lean-html.mjs, linkedStylesheetHref): the build's
// file without its @font-face rules, beside it under static/ (served as /_next/static/…, cached as immutable).
for (const href of inlinedHrefs) {
  const linked = linkedStylesheetHref(href);
  if (!href.startsWith("/_next/static/") || linked === href) {
    console.error(`csp-hashes: cannot link ${href} after the first paint (not a .css file under /_next/static/)`);
    process.exit(1);
  }
  const source = join(dist, href.slice("/_next/".length));
  writeFileSync(join(dist, linked.slice("/_next/".length)), linkedStylesheetText(readFileSync(source, "utf8")));
}
// Next.js copies a page's HTML into server/route-cache the first time it serves it: if a server has
// already run on this build, those copies are made lean too, or they would no longer match the hashes.
const routeCache = join(dist, "server", "route-cache");
const folders = existsSync(routeCache) ? [appDir, routeCache] : [appDir];
if (existsSync(routeCache)) {
  for (const file of htmlFiles(routeCache)) {
    const html = readFileSync(file, "utf8");
    const lean = leanPage(html);
    if (lean.html !== html) writeFileSync(file, lean.html);
  }
}
// The payloads of client-side navigations (a page's .rsc and its prefetch segments) drop the copies of
// the stylesheets every page already has in its document (React adopts those by href).
let navigations = 0;
if (everyPage?.size) {
  for (const file of folders.flatMap((dir) => filesEndingWith(dir, ".rsc"))) {
    const flight = readFileSync(file);
    const lean = dropFlightStylesheets(flight, everyPage);
    if (lean !== flight) {
      writeFileSync(file, lean);
      navigations += 1;
    }
  }
}

const file = CspHashesFile.parse({
  buildId: readFileSync(join(dist, "BUILD_ID"), "utf8").trim(),
  mode: cspModeFromEnv(),
  pages: manifest,
});
writeFileSync(join(dist, CSP_HASHES_FILE), JSON.stringify(file, null, 1));
console.log(
  `csp-hashes: ${Object.keys(manifest).length} prerendered pages hashed; ${leaned} made lean (payload's stylesheet ` +
    `copies out, inline stylesheet cut to the page's rules: ${(removed / leaned || 0).toFixed(0)} bytes less each), ` +
    `${navigations} navigation payloads`,
);
