/**
 * npm run bench:weight — what each kind of page weighs on the wire, against a running server (it builds nothing):
 * the HTML's bytes, gzip (level 9) and brotli (quality 11) sizes, its inline scripts (React's payload among them)
 * and inline styles, the stylesheets it links, and the JavaScript it loads before it can respond to input (every
 * script in the HTML, inline and external, each gzip-compressed). Sizes are exact, so a busy host does not matter.
 *
 *   npm run bench:weight                         starts server.mjs on the current build, then measures
 *   npm run bench:weight -- --base http://127.0.0.1:3100    measures a server already running
 *   … --save before.json      keeps the figures;    … --compare before.json   adds the gzip before and the ratio
 *
 * Views (/, /cooccurrence, /search, /plan) are asked for until the server answers them from what it keeps (HIT).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { htmlParts } from "../lib/domain/weight/page-weight";
import { startServer } from "../scripts/lib/next-server";
import { PAGE_KINDS } from "./lib/page-kinds";

/** One URL per kind of page (#24). */
const PAGES: Array<[kind: string, path: string]> = [...PAGE_KINDS, ["changelog", "/changelog"]];

/** Pages the server keeps once rendered, per URL (server/view-cache.mjs VIEW_PAGES). */
const VIEWS = new Set(["/", "/cooccurrence", "/search", "/plan"]);

export interface PageWeight {
  kind: string;
  path: string;
  /** How the server answered the measured request: "HIT" from its store, else rendered. */
  served: string;
  html: number;
  gzip: number;
  brotli: number;
  inlineScript: number;
  payload: number;
  inlineStyle: number;
  /** gzip bytes of linked stylesheets. */
  cssFiles: number;
  /** gzip bytes of every script before interaction (inline and external). */
  js: number;
}

const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;
const br = (b: Buffer) =>
  brotliCompressSync(b, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length },
  }).length;

async function get(url: string | URL): Promise<Response> {
  const res = await fetch(url, { headers: { "accept-encoding": "identity" } });
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return res;
}

async function weigh(base: string, kind: string, path: string): Promise<PageWeight> {
  // A view is kept once rendered (server/response-store.mjs): asked again until it is answered from there.
  let res = await get(`${base}${path}`);
  let body = Buffer.from(await res.arrayBuffer());
  for (let i = 0; i < 40 && res.headers.get("x-kmap-cache") !== "HIT" && VIEWS.has(path.split("?")[0]); i++) {
    await new Promise((r) => setTimeout(r, 250));
    res = await get(`${base}${path}`);
    body = Buffer.from(await res.arrayBuffer());
  }
  const html = body.toString("utf8");
  const parts = htmlParts(html);
  let js = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\bnomodule\b/i.test(m[1]) || (/\btype="/.test(m[1]) && !/\btype="(text\/javascript|module)"/.test(m[1])))
      continue;
    if (!/\bsrc="/.test(m[1])) js += gz(Buffer.from(m[2]));
  }
  for (const src of parts.scriptSrcs) js += gz(Buffer.from(await (await get(new URL(src, base))).arrayBuffer()));
  let cssFiles = 0;
  for (const href of parts.stylesheetHrefs) {
    cssFiles += gz(Buffer.from(await (await get(new URL(href, base))).arrayBuffer()));
  }
  return {
    kind,
    path,
    served: res.headers.get("x-kmap-cache") ?? "render",
    html: body.length,
    gzip: gz(body),
    brotli: br(body),
    inlineScript: parts.inlineScriptBytes,
    payload: parts.payloadBytes,
    inlineStyle: parts.inlineStyleBytes,
    cssFiles,
    js,
  };
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const kb = (b: number) => (b / 1024).toFixed(1);

async function main() {
  const given = option("--base");
  const server = given ? undefined : await startServer();
  const base = given ?? server!.base;
  const before = option("--compare");
  const previous = new Map<string, PageWeight>(
    before ? (JSON.parse(readFileSync(before, "utf8")) as PageWeight[]).map((w) => [w.path, w]) : [],
  );
  try {
    const rows: PageWeight[] = [];
    for (const [kind, path] of PAGES) rows.push(await weigh(base, kind, path));
    console.log(`bench:weight — ${base}, kB (1024 bytes); js = every script before interaction, gzip\n`);
    const head = ["kind", "html", "gzip", "brotli", "inline js", "payload", "inline css", "css files", "js"];
    if (before) head.push("gzip before", "× before");
    console.log(
      `${head[0].padEnd(14)}${head
        .slice(1)
        .map((h) => h.padStart(12))
        .join("")}  served`,
    );
    for (const w of rows) {
      const cells = [w.html, w.gzip, w.brotli, w.inlineScript, w.payload, w.inlineStyle, w.cssFiles, w.js].map(kb);
      const old = previous.get(w.path);
      if (before) cells.push(old ? kb(old.gzip) : "—", old ? (w.gzip / old.gzip).toFixed(2) : "—");
      console.log(`${w.kind.padEnd(14)}${cells.map((c) => c.padStart(12)).join("")}  ${w.served}  ${w.path}`);
    }
    const save = option("--save");
    if (save) {
      writeFileSync(save, `${JSON.stringify(rows, null, 1)}\n`);
      console.log(`\nsaved to ${save}`);
    }
  } finally {
    server?.stop();
  }
}

main().catch((err) => {
  console.error(`bench:weight: ${err.message}`);
  process.exit(1);
});
