import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startProbedServer, type ProbedServer } from "@/scripts/lib/heap-probe";
import { ROOT } from "../helpers/content";
import { cliEnv } from "../helpers/db";
import { required } from "../helpers/requirements";

/**
 * One truth per dataset version: a server running on a database that gets a new version
 * (an assignment import) drops the API reads and views it holds, answers with the new
 * version, and says that prerendered pages need a rebuild.
 */
const TEST_DB = join(ROOT, ".test-output", "test.db");
const ready = required(
  existsSync(join(ROOT, ".next", "BUILD_ID")) && existsSync(TEST_DB) ? true : undefined,
  "a production build and .test-output/test.db",
);

describe.runIf(ready && !process.env.TEST_POSTGRES_URL)("a new dataset version under a running server", () => {
  let server: ProbedServer;
  let url: string;
  beforeAll(async () => {
    const copy = join(mkdtempSync(join(tmpdir(), "kmap-version-")), "test.db");
    copyFileSync(TEST_DB, copy);
    url = `file:${copy}`;
    server = await startProbedServer(256, { ...process.env, DATABASE_URL: url });
  }, 240_000);
  afterAll(() => server?.stop());

  it("refreshes what it holds and says prerendered pages need a rebuild", async () => {
    const version = async () => {
      const res = await fetch(`${server.base}/api/v1/topics`);
      return {
        version: (await res.json()).meta.datasetVersion.version as string,
        cached: res.headers.get("x-kmap-cache"),
      };
    };
    await expect.poll(async () => (await version()).cached, { timeout: 30_000 }).toBe("HIT");
    const before = (await version()).version;
    const r = spawnSync(
      join(ROOT, "node_modules/.bin/tsx"),
      ["scripts/import-assignments.ts", join(ROOT, "tests/fixtures/assignments.synthetic.csv"), "--version", "99.0.0"],
      { cwd: ROOT, env: cliEnv(url), encoding: "utf8" },
    );
    expect(r.status, r.stderr).toBe(0);
    await expect.poll(async () => (await version()).version, { timeout: 30_000, interval: 500 }).toBe("99.0.0");
    expect(before).not.toBe("99.0.0");
    expect(server.stderr()).toContain(`the database now holds dataset version 99.0.0 (was ${before})`);
    expect(server.stderr()).toContain("run `npm run build` and restart");
  }, 120_000);
});
