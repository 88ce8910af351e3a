import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestAll, startProbedServer, type ProbedServer } from "@/scripts/lib/heap-probe";
import { uniqueUrls } from "@/bench/lib/unique-urls";
import { ROOT } from "../helpers/content";
import { required } from "../helpers/requirements";

/**
 * A small `npm run bench:memory`: the production server with a capped heap keeps no memory
 * per distinct URL. The first round fills every bounded cache; the second must not grow the
 * live heap (an unbounded cache grew it by ~10 KB per request, 20 MB here).
 */
const build = required(existsSync(join(ROOT, ".next", "BUILD_ID")) ? true : undefined, "a production build (.next)");
const MB = 2 ** 20;

describe.runIf(build)("memory under unique URLs", () => {
  let server: ProbedServer;
  beforeAll(async () => {
    server = await startProbedServer(192);
  }, 120_000);
  afterAll(() => server?.stop());

  it("serves 2,000 unique unknown slugs, ids, filters and views with no 5xx and no heap growth past 8 MB", async () => {
    const urls = uniqueUrls(server.base, 3_500);
    const fill = await requestAll(urls.slice(0, 1_500), 16);
    const before = await server.liveHeap();
    const measured = await requestAll(urls.slice(1_500), 16);
    const after = await server.liveHeap();
    expect(server.alive()).toBe(true);
    expect(fill.errors + measured.errors).toBe(0);
    expect(measured.statuses["5xx"] ?? 0).toBe(0);
    expect(measured.statuses["4xx"]).toBeGreaterThan(1_000); // the URLs really are unknown
    expect((after - before) / MB).toBeLessThan(8);
  }, 600_000);
});
