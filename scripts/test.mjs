#!/usr/bin/env node
/**
 * npm test — every suite, on a fresh database, against a production build.
 *   1. Debian chromium for the browser tests (installed with apt-get when root and missing);
 *   2. prisma generate; a fresh SQLite test database: migrate deploy + seed;
 *   3. next build, then next start on a free port;
 *   4. vitest (unit, content, database, API) and Playwright (e2e in chromium);
 *   5. one closing line: "N passed, N failed" over all suites.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const out = join(root, ".test-output");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  DATABASE_URL: "file:./.test-output/test.db",
  CHROMIUM_PATH: CHROMIUM,
};
const bin = (name) => join(root, "node_modules", ".bin", name);

function step(title) {
  console.log(`\n=== ${title}`);
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: "inherit", ...opts });
  if (r.status !== 0) {
    console.error(`\ntest: "${cmd} ${args.join(" ")}" failed (exit ${r.status ?? r.signal}).`);
    console.log("0 passed, 1 failed");
    process.exit(1);
  }
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() === 0) {
    step("Installing Debian chromium for the browser tests");
    run("apt-get", ["update"]);
    run("apt-get", ["install", "-y", "--no-install-recommends", "chromium"]);
    if (existsSync(CHROMIUM)) return;
  }
  console.error(`test: the browser tests need Debian's "chromium" package at ${CHROMIUM}. Install it with: sudo apt-get install -y chromium`);
  console.log("0 passed, 1 failed");
  process.exit(1);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForServer(url, server, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`the server did not answer at ${url} within ${timeoutMs / 1000}s`);
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return undefined;
  }
}

ensureChromium();
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

step("Preparing the test database");
run(bin("prisma"), ["generate"]);
run(bin("prisma"), ["migrate", "deploy"]);
run(bin("tsx"), ["scripts/seed.ts"]);

step("Building the site");
run(bin("next"), ["build"]);
run("node", ["scripts/csp-hashes.mjs"]);

const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;
step(`Starting the server at ${baseUrl}`);
const server = spawn(bin("next"), ["start", "-p", String(port), "-H", "127.0.0.1"], { cwd: root, env, stdio: ["ignore", "inherit", "inherit"] });
const stopServer = () => server.exitCode === null && server.kill("SIGTERM");
process.on("exit", stopServer);

let totals = { passed: 0, failed: 0 };
try {
  await waitForServer(`${baseUrl}/api/v1/themes`, server);

  step("Unit, content, database and API tests (vitest)");
  const vitestJson = join(out, "vitest.json");
  spawnSync(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`], {
    cwd: root,
    env: { ...env, TEST_BASE_URL: baseUrl },
    stdio: "inherit",
  });
  const v = readJson(vitestJson);
  if (v) {
    totals.passed += v.numPassedTests;
    totals.failed += v.numFailedTests + (v.numTotalTestSuites > 0 && v.success === false && v.numFailedTests === 0 ? 1 : 0);
  } else totals.failed += 1;

  step("Browser tests (Playwright, Debian chromium)");
  const pwJson = join(out, "playwright.json");
  spawnSync(bin("playwright"), ["test"], {
    cwd: root,
    env: { ...env, BASE_URL: baseUrl, PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson },
    stdio: "inherit",
  });
  const p = readJson(pwJson);
  if (p?.stats) {
    totals.passed += p.stats.expected + p.stats.flaky;
    totals.failed += p.stats.unexpected;
  } else totals.failed += 1;
} catch (err) {
  console.error(`test: ${err.message}`);
  totals.failed += 1;
} finally {
  stopServer();
}

console.log(`\nvitest + playwright: ${totals.passed} passed, ${totals.failed} failed`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
