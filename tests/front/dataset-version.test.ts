import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "@/scripts/lib/next-server";
import { ROOT } from "../helpers/content";
import { cliEnv } from "../helpers/db";
import { NGINX_BIN, rawGet, shownVersion, startFront } from "../helpers/front";
import { required } from "../helpers/requirements";

/**
 * No stale view in nginx's cache after a new dataset version: nginx keeps a view or API read
 * for the s-maxage the server sends (1 s), then revalidates it with its ETag; once the server
 * has dropped what it kept for the old version, the revalidation brings the new one. So
 * through the front, a new version shows at most about a second after the server shows it,
 * and never the old one again.
 */
const TEST_DB = join(ROOT, ".test-output", "test.db");
const ready = required(
  existsSync(join(ROOT, ".next", "BUILD_ID")) && existsSync(TEST_DB) && existsSync(NGINX_BIN) ? true : undefined,
  "a production build, .test-output/test.db and Debian nginx",
);
const URLS = ["/cooccurrence?cell=rag-systems~evaluation&value=jaccard", "/api/v1/topics", "/api/v1/cooccurrence"];

describe.runIf(ready && !process.env.TEST_POSTGRES_URL)("a new dataset version behind nginx", () => {
  let server: { base: string; stop: () => void };
  let front: { base: string; stop: () => Promise<void> };
  let url: string;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "kmap-front-version-"));
    copyFileSync(TEST_DB, join(dir, "test.db"));
    url = `file:${join(dir, "test.db")}`;
    server = await startServer(ROOT, "/api/v1/themes", { ...process.env, DATABASE_URL: url });
    front = await startFront(server.base.replace("http://", ""), join(dir, "nginx"));
  }, 300_000);
  afterAll(async () => {
    await front?.stop();
    server?.stop();
  });

  const version = async (base: string, path: string) => {
    const res = await rawGet(`${base}${path}`);
    return { version: shownVersion(res.body.toString("utf8")), front: res.headers["x-kmap-front"] };
  };

  it(
    "shows the new version through the front about a second after the " + "server does, never the old one after",
    async () => {
      const before: Record<string, string | undefined> = {};
      for (const path of URLS) {
        // nginx holds each one (after the server has kept it: the first answer is rendered per request).
        await expect
          .poll(async () => (await version(front.base, path)).front, { timeout: 30_000, interval: 250 })
          .toBe("HIT");
        before[path] = (await version(front.base, path)).version;
        expect(before[path]).toMatch(/^\d+\.\d+\.\d+$/);
      }
      const r = spawnSync(
        join(ROOT, "node_modules/.bin/tsx"),
        [
          "scripts/import-assignments.ts",
          join(ROOT, "tests/fixtures/assignments.synthetic.csv"),
          "--version",
          "99.0.0",
        ],
        { cwd: ROOT, env: cliEnv(url), encoding: "utf8" },
      );
      expect(r.status, r.stderr).toBe(0);
      for (const path of URLS) {
        expect(before[path]).not.toBe("99.0.0");
        // The server alone: within its 5-second poll (and the read cache's 5 s).
        await expect
          .poll(async () => (await version(server.base, path)).version, { timeout: 30_000, interval: 200 })
          .toBe("99.0.0");
        // Through nginx: at most s-maxage (1 s) plus a revalidation later.
        await expect
          .poll(async () => (await version(front.base, path)).version, { timeout: 2_500, interval: 100 })
          .toBe("99.0.0");
      }
      // And from then on never the old one, whether nginx answers from its cache or revalidates.
      const seen = new Set<string | undefined>();
      for (let i = 0; i < 24; i++) {
        for (const path of URLS) seen.add((await version(front.base, path)).version);
        await new Promise((res) => setTimeout(res, 125));
      }
      expect([...seen]).toEqual(["99.0.0"]);
    },
    180_000,
  );
});
