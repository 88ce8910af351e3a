/**
 * npm run bench:js — first-load JavaScript per route (the scripts a first visit downloads,
 * gzip-compressed), next to a bare Next.js page built in the same run with the same Next.
 * Needs `npm run build` for the app; builds the bare page itself in a temp folder.
 */
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { startServer } from "../scripts/lib/next-server";
import { buildBareNext } from "./lib/bare-next";
import { PAGE_KINDS } from "./lib/page-kinds";

const root = join(import.meta.dirname, "..");
const ROUTES: Array<[kind: string, path: string]> = [
  ...PAGE_KINDS,
  ["embed (heatmap)", "/embed/heatmap"],
  ["embed (treemap)", "/embed/treemap"],
];
/** The budget: no route may load more than this multiple of the bare page's first-load JS. */
const LIMIT = 1.2;

/** gzip bytes of every script a first visit of `path` loads (inline scripts included). */
async function firstLoadJs(base: string, path: string): Promise<number> {
  const html = await (await fetch(`${base}${path}`)).text();
  let bytes = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(m[1])?.[1];
    if (/application\/ld\+json/.test(m[1]) || /noModule/i.test(m[1])) continue;
    const body = src ? Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer()) : Buffer.from(m[2]);
    bytes += gzipSync(body).length;
  }
  return bytes;
}

async function main() {
  const bareDir = buildBareNext();
  const stops: Array<() => void> = [];
  try {
    const bare = await startServer(bareDir);
    stops.push(bare.stop);
    const app = await startServer(root);
    stops.push(app.stop);
    const baseline = await firstLoadJs(bare.base, "/");
    const kb = (b: number) => `${(b / 1024).toFixed(1)} kB`;
    console.log(
      `bench:js — first-load JavaScript, gzip, per route (bare Next page built in this run: ${kb(baseline)})\n`,
    );
    console.log(`${"kind".padEnd(17)}${"route".padEnd(50)}${"first-load JS".padStart(14)}${"× bare".padStart(9)}`);
    const over: string[] = [];
    for (const [kind, path] of ROUTES) {
      const bytes = await firstLoadJs(app.base, path);
      const ratio = bytes / baseline;
      if (ratio > LIMIT) over.push(path);
      const flag = ratio > LIMIT ? `  > ${LIMIT}× OVER` : "";
      console.log(
        `${kind.padEnd(17)}${path.padEnd(50)}${kb(bytes).padStart(14)}${ratio.toFixed(2).padStart(9)}${flag}`,
      );
    }
    console.log(
      over.length
        ? `\n${over.length} route(s) above ${LIMIT}× the bare page: ${over.join(", ")}`
        : `\nevery route within ${LIMIT}× the bare page`,
    );
  } finally {
    for (const stop of stops) stop();
  }
}

main().catch((err) => {
  console.error(`bench:js: ${err.message}`);
  process.exit(1);
});
