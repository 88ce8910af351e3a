/**
 * npm run bench:memory — bounded from cold: the production server, its heap capped, started cold and asked for
 * unique junk URLs (unknown slugs, ids and filter values over the API, junk view and tracking parameters, search
 * queries, plans) in two passes of different URLs, 16 at a time. Prints the live heap after a full GC at the
 * first pass's start and after each pass, and checks the three limits of issue #24 item 2:
 *
 *   1. no timeouts (no answer within 10 s), no transport errors, no 5xx;
 *   2. live heap growth from the first pass's start ≤ BENCH_MEMORY_TARGET_MB (16);
 *   3. live heap growth over the second pass ≤ BENCH_MEMORY_SECOND_MB (2).
 *
 * Exit 1 if any is missed. BENCH_MEMORY_REQUESTS (default 20000 per pass), BENCH_MEMORY_HEAP_MB (default 192).
 * Needs `npm run build`.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { REQUEST_TIMEOUT_MS, startProbedServer, requestAll } from "../scripts/lib/heap-probe";
import { redirectedCount, uniqueUrls } from "./lib/unique-urls";

const root = join(import.meta.dirname, "..");
const PER_PASS = Number(process.env.BENCH_MEMORY_REQUESTS ?? 20_000);
const HEAP_MB = Number(process.env.BENCH_MEMORY_HEAP_MB ?? 192);
const TARGET_MB = Number(process.env.BENCH_MEMORY_TARGET_MB ?? 16);
const SECOND_MB = Number(process.env.BENCH_MEMORY_SECOND_MB ?? 2);
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

async function main() {
  if (!existsSync(join(root, ".next", "BUILD_ID"))) throw new Error("no production build: run `npm run build` first");
  const server = await startProbedServer(HEAP_MB);
  try {
    console.log(
      `bench:memory: heap capped at ${HEAP_MB} MB; from cold, two passes of ${PER_PASS} unique URLs each ` +
        `(${redirectedCount(PER_PASS)} of them answered with a 308), 16 at a time`,
    );
    const start = await server.liveHeap();
    console.log(`live heap after full GC at the first pass's start: ${mb(start)} MB`);
    const heaps = [start];
    const totals = { errors: 0, timeouts: 0, statuses: {} as Record<string, number> };
    for (let pass = 0; pass < 2; pass++) {
      const began = Date.now();
      const result = await requestAll(uniqueUrls(server.base, PER_PASS, pass * PER_PASS), 16);
      totals.errors += result.errors;
      totals.timeouts += result.timeouts;
      for (const [k, v] of Object.entries(result.statuses)) totals.statuses[k] = (totals.statuses[k] ?? 0) + v;
      if (!server.alive()) break;
      heaps.push(await server.liveHeap());
      console.log(
        `  after pass ${pass + 1} (${((Date.now() - began) / 1000).toFixed(0)} s, ` +
          `${JSON.stringify(result.statuses)}, ${result.timeouts} timeouts): ${mb(heaps[pass + 1])} MB`,
      );
    }
    if (!server.alive()) {
      console.log(`FAIL: the server died.\n${server.stderr().slice(-2000)}`);
      process.exitCode = 1;
      return;
    }
    const fivexx = totals.statuses["5xx"] ?? 0;
    const fromCold = heaps[2] - heaps[0];
    const second = heaps[2] - heaps[1];
    const limits: Array<[string, boolean]> = [
      [
        `no timeouts (> ${REQUEST_TIMEOUT_MS / 1000} s), errors or 5xx: ${totals.timeouts} timeouts, ` +
          `${totals.errors} errors, ${fivexx} 5xx`,
        totals.timeouts + totals.errors + fivexx === 0,
      ],
      [`growth from the first pass's start ${mb(fromCold)} MB ≤ ${TARGET_MB} MB`, fromCold <= TARGET_MB * 2 ** 20],
      [`growth over the second pass ${mb(second)} MB ≤ ${SECOND_MB} MB`, second <= SECOND_MB * 2 ** 20],
    ];
    for (const [text, ok] of limits) console.log(`${ok ? "PASS" : "FAIL"}: ${text}`);
    if (limits.some(([, ok]) => !ok)) process.exitCode = 1;
  } finally {
    server.stop();
  }
}

main().catch((err) => {
  console.error(`bench:memory: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
