#!/usr/bin/env node
/**
 * npm test — every suite, on a fresh database, against a production build.
 *   1. Debian chromium for the browser tests (installed with apt-get when root and missing);
 *   2. prisma generate; a fresh SQLite test database: migrate deploy + seed;
 *   3. next build, then the production server (server.mjs) on a free port, and nginx in front of
 *      it (scripts/serve-nginx.ts; Debian nginx and its brotli_static module installed with
 *      apt-get when root and missing) for the front suites (tests/front, e2e/front.spec.ts);
 *   4. ESLint and Prettier (one check each, with caches in node_modules/.cache), the production
 *      install (scripts/production-install.mjs: one check), vitest (unit,
 *      content, database, API; parallel workers) and Playwright (e2e in chromium);
 *   5. the same app on PostgreSQL (scripts/postgres.sh, Debian's postgresql on 127.0.0.1):
 *      migrate + seed, the same build started on it, then the database and API tests again;
 *   6. the 10 slowest tests and each step's time, then one closing line: "N passed, N failed,
 *      N skipped" over all suites, after the names of browser tests that passed only on a
 *      retry. Under CI=true a suite whose server or paper text is missing fails instead of
 *      skipping (tests/helpers/requirements.ts).
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { BROTLI_MODULES } from "../server/nginx-modules.mjs";
import { CHROMIUM_PATH as CHROMIUM } from "./lib/chromium.mjs";
import { freePort } from "./lib/free-port.mjs";

const root = join(import.meta.dirname, "..");
const out = join(root, ".test-output");
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  DATABASE_URL: "file:./.test-output/test.db",
  CHROMIUM_PATH: CHROMIUM,
};
const bin = (name) => join(root, "node_modules", ".bin", name);

const startedAt = Date.now();
/** Wall time of every step, printed at the end. @type {Array<[string, number]>} */
const stepTimes = [];
let currentStep = /** @type {[string, number] | undefined} */ (undefined);
function step(title) {
  endStep();
  currentStep = [title, Date.now()];
  console.log(`\n=== ${title}`);
}
function endStep() {
  if (currentStep) stepTimes.push([currentStep[0], Date.now() - currentStep[1]]);
  currentStep = undefined;
}

/** Runs a setup step; throws when it fails (the caller counts that as a failure). */
function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: "inherit", ...opts });
  if (r.status !== 0) throw new Error(`"${cmd} ${args.join(" ")}" failed (exit ${r.status ?? r.signal})`);
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() === 0) {
    step("Installing Debian chromium for the browser tests");
    run("apt-get", ["update"]);
    run("apt-get", ["install", "-y", "--no-install-recommends", "chromium"]);
    if (existsSync(CHROMIUM)) return;
  }
  throw new Error(
    `the browser tests need Debian's "chromium" package at ${CHROMIUM}. ` +
      `Install it with: sudo apt-get install -y chromium`,
  );
}

/**
 * Debian nginx for the front suites, with its brotli_static module: as root, whichever of the
 * two is missing is installed (the module only when apt has it). A machine that already had
 * nginx without the module (and no root, or no such package) keeps it: the front then serves
 * gzip only, and the front suites expect what it really serves (tests/front/front.test.ts
 * tests both states whenever the module is there). Without nginx those suites skip, or fail
 * under CI.
 */
function ensureNginx() {
  const hasNginx = existsSync("/usr/sbin/nginx");
  const hasBrotli = BROTLI_MODULES.some((m) => existsSync(m));
  if (hasNginx && hasBrotli) return;
  if (process.getuid?.() !== 0) {
    if (!hasNginx)
      console.error('test: the nginx front suites need Debian\'s "nginx" package (sudo apt-get install -y nginx)');
    else console.error("test: nginx has no brotli_static module here: the front serves gzip only (as tested)");
    return;
  }
  step(`Installing Debian ${hasNginx ? "nginx's brotli_static module" : "nginx"} for the front suites`);
  const aptHas = (name) => {
    const policy = spawnSync("apt-cache", ["policy", name], { encoding: "utf8" });
    return /Candidate: (?!\(none\))\S+/.test(policy.stdout ?? "");
  };
  if (!aptHas("libnginx-mod-http-brotli-static")) run("apt-get", ["update"]);
  const brotli = aptHas("libnginx-mod-http-brotli-static") ? ["libnginx-mod-http-brotli-static"] : [];
  const packages = [...(hasNginx ? [] : ["nginx"]), ...brotli];
  if (packages.length) run("apt-get", ["install", "-y", "--no-install-recommends", ...packages]);
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

/** The production server (server.mjs) on a free port with `env`; resolves once the API answers. */
async function startServer(serverEnv, port) {
  port ??= await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  console.log(`test: starting the server at ${baseUrl}`);
  const server = spawn(process.execPath, ["server.mjs", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: serverEnv,
    stdio: ["ignore", "inherit", "inherit"],
  });
  const stop = () => server.exitCode === null && server.kill("SIGTERM");
  process.on("exit", stop);
  try {
    await waitForServer(`${baseUrl}/api/v1/themes`, server);
  } catch (err) {
    stop();
    throw err;
  }
  return { baseUrl, stop };
}

/**
 * nginx in front of a running server (npm run serve:nginx with KMAP_UPSTREAMS), on a free
 * port, from .test-output/nginx; resolves once it answers. Failing to start is reported, and
 * the front suites then skip (or fail under CI).
 */
async function startFront(serverBaseUrl) {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  console.log(`test: starting nginx in front of the server at ${baseUrl}`);
  const front = spawn(bin("tsx"), ["scripts/serve-nginx.ts", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: {
      ...env,
      KMAP_UPSTREAMS: new URL(serverBaseUrl).host,
      KMAP_NGINX_DIR: join(out, "nginx"),
      KMAP_NGINX_STATIC_ROOT: join(out, "nginx-root"),
      KMAP_NGINX_WORKERS: "1",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const stop = () => front.exitCode === null && front.kill("SIGTERM");
  process.on("exit", stop);
  try {
    await waitForServer(`${baseUrl}/api/v1/themes`, front, 240_000);
  } catch (err) {
    stop();
    throw err;
  }
  return { baseUrl, stop };
}

/** Every test's duration, for the list of the slowest. @type {Array<{ ms: number; name: string }>} */
const durations = [];

/** vitest with a JSON report; adds its counts to `totals`. */
function vitest(totals, name, args, vitestEnv) {
  const file = join(out, `${name}.json`);
  spawnSync(bin("vitest"), ["run", ...args, "--reporter=default", "--reporter=json", `--outputFile.json=${file}`], {
    cwd: root,
    env: vitestEnv,
    stdio: "inherit",
  });
  const v = readJson(file);
  if (v) {
    totals.passed += v.numPassedTests;
    totals.failed +=
      v.numFailedTests + (v.numTotalTestSuites > 0 && v.success === false && v.numFailedTests === 0 ? 1 : 0);
    totals.skipped += v.numPendingTests + v.numTodoTests;
    for (const file of v.testResults ?? [])
      for (const t of file.assertionResults ?? [])
        durations.push({
          ms: t.duration ?? 0,
          name: `${name}: ${file.name.replace(`${root}/`, "")} › ${t.fullName ?? t.title}`,
        });
  } else totals.failed += 1;
}

/** Every Playwright test's duration (all its attempts), into `durations`. */
function playwrightDurations(report) {
  const walk = (suite, path) => {
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests ?? [])
        durations.push({
          ms: (t.results ?? []).reduce((sum, r) => sum + (r.duration ?? 0), 0),
          name: `playwright: ${[...path, spec.title].join(" › ")} [${t.projectName}]`,
        });
    for (const child of suite.suites ?? []) walk(child, [...path, child.title]);
  };
  for (const suite of report.suites ?? []) walk(suite, [suite.title]);
}

/** "file › title [project]" of every test Playwright passed only on a retry. */
function flakyTitles(report) {
  const out = [];
  const walk = (suite, path) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? [])
        if (t.status === "flaky") out.push(`${[...path, spec.title].join(" › ")} [${t.projectName}]`);
    }
    for (const child of suite.suites ?? []) walk(child, [...path, child.title]);
  };
  for (const suite of report.suites ?? []) walk(suite, [suite.title]);
  return out;
}

function build(buildEnv) {
  step(`Building the site (${buildEnv.DATABASE_URL.split(":")[0]})`);
  run(bin("next"), ["build"], { env: buildEnv });
  run("node", ["scripts/csp-hashes.mjs"], { env: buildEnv });
  run("node", ["scripts/compile-view-rules.mjs"], { env: buildEnv });
}

function prepareDatabase(dbEnv) {
  run(bin("prisma"), ["migrate", "deploy"], { env: dbEnv });
  run(bin("tsx"), ["scripts/seed.ts"], { env: dbEnv });
}

/** A fresh `kmap_ci` database on the local PostgreSQL server; drops what earlier runs left. */
async function freshPostgres() {
  const r = spawnSync("sh", ["scripts/postgres.sh", "start"], {
    cwd: root,
    env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (r.status !== 0) throw new Error("could not start PostgreSQL (scripts/postgres.sh start)");
  const serverUrl = new URL(r.stdout.trim());
  serverUrl.pathname = "/postgres";
  const client = new pg.Client({ connectionString: serverUrl.toString() });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT datname FROM pg_database WHERE datname = 'kmap_ci' OR datname LIKE 'kmap\\_test\\_%'`,
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE "${datname}" WITH (FORCE)`);
    await client.query("CREATE DATABASE kmap_ci");
  } finally {
    await client.end();
  }
  const appUrl = new URL(serverUrl);
  appUrl.pathname = "/kmap_ci";
  return { serverUrl: serverUrl.toString(), appUrl: appUrl.toString() };
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

try {
  ensureChromium();
  ensureNginx();
  step("Preparing the test database (SQLite)");
  run("sh", ["scripts/generate.sh"]);
  prepareDatabase(env);
  build(env);
} catch (err) {
  console.error(`\ntest: ${err.message}`);
  console.log("0 passed, 1 failed, 0 skipped");
  process.exit(1);
}

/** @type {{ passed: number; failed: number; skipped: number; flaky: string[] }} */
const totals = { passed: 0, failed: 0, skipped: 0, flaky: [] };

// Lint and format, each one check: ESLint (Next's configs) and Prettier, with their caches in
// node_modules/.cache (kept between runs on one checkout; a fresh clone starts without them).
const cache = join(root, "node_modules", ".cache");
for (const [name, cmd, args] of [
  ["ESLint", bin("eslint"), [".", "--cache", "--cache-strategy=content", `--cache-location=${join(cache, "eslint/")}`]],
  ["Prettier", bin("prettier"), ["--check", ".", "--cache", "--cache-location", join(cache, "prettier", ".cache")]],
]) {
  step(`${name}`);
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: "inherit" });
  if (r.status === 0) totals.passed += 1;
  else totals.failed += 1;
}
let server;
let front;
try {
  step("Starting the server, and nginx in front of it");
  // The front's config generator precompresses the build while the server starts.
  const serverPort = await freePort();
  const starting = startServer(env, serverPort);
  const frontStarting = startFront(`http://127.0.0.1:${serverPort}`).catch((err) => {
    console.error(`test: nginx in front: ${err.message}`);
    return undefined;
  });
  server = await starting;
  front = await frontStarting;
  const frontEnv = front ? { FRONT_BASE_URL: front.baseUrl } : {};

  // The site from a production install: dependencies only, the built app, npm start, a page and an API read
  // (after the test server's start, which has compressed the build's pages once for both).
  step("Production install (npm prune --omit=dev on a copy, npm start)");
  if (spawnSync("node", ["scripts/production-install.mjs"], { cwd: root, env, stdio: "inherit" }).status === 0)
    totals.passed += 1;
  else totals.failed += 1;

  step("Unit, content, database and API tests (vitest, SQLite)");
  vitest(totals, "vitest", [], { ...env, ...frontEnv, TEST_BASE_URL: server.baseUrl });

  step("Browser tests (Playwright, Debian chromium)");
  const pwJson = join(out, "playwright.json");
  const playwright = spawnSync(bin("playwright"), ["test"], {
    cwd: root,
    env: {
      ...env,
      ...frontEnv,
      BASE_URL: server.baseUrl,
      TEST_BASE_URL: server.baseUrl,
      PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson,
    },
    stdio: "inherit",
  });
  const p = readJson(pwJson);
  if (p?.stats) {
    totals.passed += p.stats.expected + p.stats.flaky;
    // A spec file that fails to load is no test at all in the stats, only an entry in `errors`:
    // each counts as a failure, and so does a failing exit with nothing else to show for it.
    const loadErrors = p.errors?.length ?? 0;
    totals.failed += p.stats.unexpected + loadErrors;
    if (playwright.status !== 0 && p.stats.unexpected + loadErrors === 0) totals.failed += 1;
    totals.skipped += p.stats.skipped;
    totals.flaky.push(...flakyTitles(p));
    playwrightDurations(p);
  } else totals.failed += 1;
} catch (err) {
  console.error(`test: ${err.message}`);
  totals.failed += 1;
} finally {
  front?.stop();
  server?.stop();
  server = undefined;
}

// The scale-out path: the same build steps and the database and API suites on PostgreSQL.
try {
  step("Preparing the test database (PostgreSQL)");
  const { serverUrl, appUrl } = await freshPostgres();
  const pgEnv = { ...env, DATABASE_URL: appUrl };
  prepareDatabase(pgEnv);
  // The build of the SQLite pass, reused: both databases are seeded from the same content/, so
  // prerendering against either makes the same pages (the server reads PostgreSQL at run time).
  step("Starting the server (PostgreSQL)");
  server = await startServer(pgEnv);
  step("Database and API tests (vitest, PostgreSQL)");
  // tests/postgresql: a second server on the same database and nginx in front of both (scale-out).
  vitest(totals, "vitest-postgresql", ["tests/db", "tests/api", "tests/postgresql"], {
    ...pgEnv,
    TEST_BASE_URL: server.baseUrl,
    TEST_POSTGRES_URL: serverUrl,
  });
} catch (err) {
  console.error(`test: PostgreSQL: ${err.message}`);
  totals.failed += 1;
} finally {
  server?.stop();
}

endStep();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
console.log("\nThe 10 slowest tests:");
for (const { ms, name } of durations.sort((a, b) => b.ms - a.ms).slice(0, 10)) console.log(`  ${seconds(ms)}  ${name}`);
console.log("\nSteps:");
for (const [title, ms] of stepTimes) console.log(`  ${seconds(ms)}  ${title}`);
console.log(`Total: ${seconds(Date.now() - startedAt)}`);
const counts = `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
console.log(`\nvitest + playwright + PostgreSQL: ${counts}`);
if (totals.flaky.length)
  console.log(`flaky (failed, then passed on retry; counted as passed): ${totals.flaky.join("; ")}`);
console.log(counts);
process.exit(totals.failed > 0 ? 1 : 0);
