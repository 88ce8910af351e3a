/**
 * npm run bench:csp — what the CSP design costs, measured: the site as built (prerendered
 * pages served with the sha256 hashes of their inline scripts) against the alternative,
 * a nonce on every response, which forces every page to render per request. Builds the
 * nonce variant into .next-nonce (KMAP_CSP_MODE=nonce), then loads the same pages on each
 * server in turn. Needs `npm run build` for the real site. Reported, not asserted.
 * BENCH_SECONDS and BENCH_CONNECTIONS as for bench:load.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { startServer } from "../scripts/lib/next-server";
import { measure, warmUp, type LoadResult } from "./lib/measure";

const root = join(import.meta.dirname, "..");
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 100);
const PAGES = ["/topics/rag-systems", "/themes/architecture-and-design", "/about"];

// "hashes, via Next.js" is the same server as "hashes" with a query string, which server.mjs
// leaves to Next.js: what the hash design buys without the fast path it enables.
const variants = [
  { name: "hashes (as built)", env: { ...process.env }, expect: "'sha256-", query: "" },
  { name: "hashes, via Next.js", env: { ...process.env }, expect: "'sha256-", query: "?via=next" },
  {
    name: "nonce everywhere",
    env: { ...process.env, KMAP_CSP_MODE: "nonce", KMAP_DIST_DIR: ".next-nonce" },
    expect: "'nonce-",
    query: "",
  },
];

async function main() {
  if (!existsSync(join(root, ".next", "BUILD_ID"))) throw new Error("no production build: run `npm run build` first");
  console.log("bench:csp — building the nonce-everywhere variant into .next-nonce …");
  const build = spawnSync(join(root, "node_modules/.bin/next"), ["build"], {
    cwd: root,
    env: variants[2].env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (build.status !== 0) throw new Error("building the nonce variant failed");
  // The server refuses a build without the canonical-view rule compiled for it (server/build-contract.mjs).
  const rules = spawnSync(process.execPath, ["scripts/compile-view-rules.mjs"], {
    cwd: root,
    env: variants[2].env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (rules.status !== 0) throw new Error("compiling the view rules for the nonce variant failed");

  const results = new Map<string, LoadResult[]>();
  for (const v of variants) {
    const server = await startServer(root, "/api/v1/themes", v.env);
    try {
      const rows: LoadResult[] = [];
      for (const page of PAGES) {
        const url = `${server.base}${page}${v.query}`;
        // Prove each server is the variant it claims to be before timing it.
        const csp = (await fetch(url)).headers.get("content-security-policy") ?? "";
        if (!csp.includes(v.expect)) throw new Error(`${v.name}: ${page} answered without ${v.expect} in its CSP`);
        await warmUp(url);
        rows.push(await measure(url, CONNECTIONS, SECONDS));
      }
      results.set(v.name, rows);
    } finally {
      server.stop();
    }
  }

  console.log(`\n${CONNECTIONS} connections, ${SECONDS} s per page, one server at a time, loopback\n`);
  console.log(
    `${"page".padEnd(34)}${"variant".padEnd(20)}${"req/s".padStart(8)}${"p50 ms".padStart(9)}${"p99 ms".padStart(9)}` +
      `${"errors".padStart(8)}${"× hashes".padStart(10)}`,
  );
  PAGES.forEach((page, i) => {
    const base = results.get(variants[0].name)![i];
    for (const v of variants) {
      const r = results.get(v.name)![i];
      console.log(
        `${page.padEnd(34)}${v.name.padEnd(20)}${r.rps.toFixed(0).padStart(8)}` +
          `${String(r.p50).padStart(9)}${String(r.p99).padStart(9)}` +
          `${String(r.errors).padStart(8)}${(r.rps / base.rps).toFixed(2).padStart(10)}`,
      );
    }
  });
}

main().catch((err) => {
  console.error(`bench:csp: ${err.message}`);
  process.exit(1);
});
