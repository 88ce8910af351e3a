/**
 * npm run bench:memory — the production server with its heap capped serves tens of thousands
 * of unique URLs (unknown slugs, ids, filter values, view parameters, search queries, plans).
 * Prints the live heap after a full GC at the start and after each round, and fails (exit 1)
 * if the server errors, crashes, or its live heap grows by more than the target.
 *
 *   BENCH_MEMORY_REQUESTS (default 40000), BENCH_MEMORY_HEAP_MB (default 192),
 *   BENCH_MEMORY_TARGET_MB (default 16), BENCH_MEMORY_WARMUP (default 3000). Needs `npm run build`.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { startProbedServer, requestAll } from "../scripts/lib/heap-probe";
import { uniqueUrls } from "./lib/unique-urls";

const root = join(import.meta.dirname, "..");
const REQUESTS = Number(process.env.BENCH_MEMORY_REQUESTS ?? 40_000);
const HEAP_MB = Number(process.env.BENCH_MEMORY_HEAP_MB ?? 192);
const TARGET_MB = Number(process.env.BENCH_MEMORY_TARGET_MB ?? 16);
const WARMUP = Number(process.env.BENCH_MEMORY_WARMUP ?? 3_000);
const ROUNDS = 4;
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

async function main() {
  if (!existsSync(join(root, ".next", "BUILD_ID"))) throw new Error("no production build: run `npm run build` first");
  const server = await startProbedServer(HEAP_MB);
  try {
    // Warm up with URLs of every kind (not the measured ones), so that what V8 compiles and
    // optimises on first use — ~5.5 MB of code over the first 5,000 requests when measured by a
    // heap-snapshot diff — is part of the start, not counted as growth per URL.
    await requestAll(
      uniqueUrls(server.base, WARMUP).map((url) => url.replace("unknown", "warm")),
      16,
    );
    const start = await server.liveHeap();
    console.log(
      `bench:memory: heap capped at ${HEAP_MB} MB; ${WARMUP} warm-up URLs, then ${REQUESTS} unique URLs in ` +
        `${ROUNDS} rounds, 16 at a time`,
    );
    console.log(`live heap after full GC at start: ${mb(start)} MB`);
    const urls = uniqueUrls(server.base, REQUESTS);
    const perRound = Math.ceil(REQUESTS / ROUNDS);
    let errors = 0;
    const statuses: Record<string, number> = {};
    let end = start;
    for (let r = 0; r < ROUNDS; r++) {
      const result = await requestAll(urls.slice(r * perRound, (r + 1) * perRound), 16);
      errors += result.errors;
      for (const [k, v] of Object.entries(result.statuses)) statuses[k] = (statuses[k] ?? 0) + v;
      if (!server.alive()) break;
      end = await server.liveHeap();
      console.log(`  after ${Math.min((r + 1) * perRound, REQUESTS)} requests: ${mb(end)} MB`);
    }
    const growth = end - start;
    console.log(`statuses: ${JSON.stringify(statuses)}; transport errors: ${errors}`);
    if (!server.alive()) {
      console.log(`FAIL: the server died.\n${server.stderr().slice(-2000)}`);
      process.exitCode = 1;
      return;
    }
    console.log(`live heap after full GC at end: ${mb(end)} MB; growth ${mb(growth)} MB (target ≤ ${TARGET_MB} MB)`);
    const fivexx = statuses["5xx"] ?? 0;
    if (growth > TARGET_MB * 2 ** 20 || errors > 0 || fivexx > 0) {
      console.log(
        `FAIL: ${growth > TARGET_MB * 2 ** 20 ? "heap grew past the target" : `${errors} errors, ${fivexx} 5xx`}`,
      );
      process.exitCode = 1;
    } else console.log("PASS");
  } finally {
    server.stop();
  }
}

main().catch((err) => {
  console.error(`bench:memory: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
