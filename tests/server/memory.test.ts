import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestAll, startProbedServer, type ProbedServer } from "@/scripts/lib/heap-probe";
import { redirectedCount, uniqueUrls } from "@/bench/lib/unique-urls";
import { ROOT } from "../helpers/content";
import { required } from "../helpers/requirements";

/**
 * A small `npm run bench:memory`: the production server with a capped heap keeps no memory per distinct URL.
 * Junk view parameters, tracking parameters and queries on prerendered pages never reach a render (a 308 to
 * the canonical URL, lib/domain/views/redirect.ts); unknown slugs and ids are 404s; search queries are kept
 * in their own bounded LRU. The first pass fills every bounded cache; the second, of other URLs, must not grow
 * the live heap (an unbounded cache grew it by ~10 KB per request, 20 MB here).
 */
const build = required(existsSync(join(ROOT, ".next", "BUILD_ID")) ? true : undefined, "a production build (.next)");
const MB = 2 ** 20;
const FILL = 1_000;
const MEASURED = 1_000;
/** A hang, not a slow answer on a busy host (bench:memory holds the 10-second limit). */
const HANG_MS = 60_000;

describe.runIf(build)("memory under unique URLs", () => {
  let server: ProbedServer;
  beforeAll(async () => {
    server = await startProbedServer(192);
  }, 120_000);
  afterAll(() => server?.stop());

  it(`serves ${MEASURED} unique URLs after ${FILL} others: no 5xx, junk views redirected, no heap growth`, async () => {
    const fill = await requestAll(uniqueUrls(server.base, FILL), 16, HANG_MS);
    const before = await server.liveHeap();
    const measured = await requestAll(uniqueUrls(server.base, MEASURED, FILL), 16, HANG_MS);
    const after = await server.liveHeap();
    expect(server.alive()).toBe(true);
    expect(fill.errors + fill.timeouts + measured.errors + measured.timeouts).toBe(0);
    expect(measured.statuses["5xx"] ?? 0).toBe(0);
    // Every junk view, tracking parameter and query on a prerendered page: a 308, nothing rendered.
    expect(measured.statuses["3xx"]).toBe(redirectedCount(MEASURED, FILL));
    expect(measured.statuses["4xx"]).toBeGreaterThan(MEASURED / 3); // the URLs really are unknown
    const grownMb = (after - before) / MB;
    console.log(
      `memory test: live heap ${(before / MB).toFixed(1)} → ${(after / MB).toFixed(1)} MB over ${MEASURED} URLs`,
    );
    expect(grownMb).toBeLessThan(4);
  }, 300_000);
});
