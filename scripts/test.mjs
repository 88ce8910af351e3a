#!/usr/bin/env node
/**
 * npm test — every suite, on a fresh database, against a production build.
 *   1. Debian chromium and chromium-headless-shell for the browser tests (installed with apt-get when root and
 *      missing; the tests drive the shell when it is there, scripts/lib/chromium.mjs);
 *   2. prisma generate; a fresh SQLite test database: migrate deploy + seed;
 *   3. next build, then the production server (server.mjs) on a free port, and nginx in front of
 *      it (scripts/serve-nginx.ts; Debian nginx and its brotli_static module installed with
 *      apt-get when root and missing) for the front suites (tests/front, e2e/front.spec.ts);
 *   4. vitest (unit, content, database, API; parallel workers), and beside it, each with its output kept until
 *      it ends: ESLint and Prettier (one check each, with caches in node_modules/.cache), the production install
 *      (scripts/production-install.mjs: one check), and the PostgreSQL pass's preparation (scripts/postgres.sh,
 *      Debian's postgresql on 127.0.0.1: a fresh database, migrate + seed, the same build started on it);
 *      then Playwright (e2e in chromium);
 *   5. the database and API tests again, on PostgreSQL;
 *   6. the 10 slowest tests and each step's time, then one closing line: "N passed, N failed,
 *      N skipped" over all suites, after the names of browser tests that passed only on a
 *      retry. Under CI=true a suite whose server or paper text is missing fails instead of
 *      skipping (tests/helpers/requirements.ts).
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { missingModulePackages } from "../server/nginx-modules.mjs";
import { CHROMIUM_PATH as CHROMIUM, HEADLESS_SHELL_PATH } from "./lib/chromium.mjs";
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
/** The machine's busy and total CPU time so far (/proc/stat, in clock ticks), to report how busy each step kept it. */
function cpuTicks() {
  try {
    const [, ...fields] = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).map(Number);
    const total = fields.slice(0, 8).reduce((a, b) => a + b, 0);
    return { busy: total - fields[3] - fields[4], total };
  } catch {
    return undefined;
  }
}
/** Wall time and CPU use of every step, printed at the end. @type {Array<[string, number, string]>} */
const stepTimes = [];
let currentStep = /** @type {[string, number, ReturnType<typeof cpuTicks>] | undefined} */ (undefined);
function step(title) {
  endStep();
  currentStep = [title, Date.now(), cpuTicks()];
  console.log(`\n=== ${title}`);
}
function endStep() {
  if (!currentStep) return;
  const [title, since, cpuBefore] = currentStep;
  const cpuAfter = cpuTicks();
  const busy =
    cpuBefore && cpuAfter && cpuAfter.total > cpuBefore.total
      ? `, CPU ${Math.round((100 * (cpuAfter.busy - cpuBefore.busy)) / (cpuAfter.total - cpuBefore.total))}% busy`
      : "";
  stepTimes.push([title, Date.now() - since, busy]);
  currentStep = undefined;
}

/**
 * A command's exit status, standard output and standard error, without blocking this process; the command is
 * stopped if this process exits first.
 */
function capture(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"], ...opts });
    const stop = () => child.exitCode === null && child.kill("SIGTERM");
    process.on("exit", stop);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", (err) => resolve({ status: 1, stdout, stderr: `${stderr}${err.message}` }));
    child.on("close", (code, signal) => {
      process.off("exit", stop);
      resolve({ status: code ?? signal, stdout, stderr });
    });
  });
}

/**
 * A command run beside the current step, with its output kept and printed when it is collected, so that it does
 * not interleave with the step's own. `collect()` resolves to whether it exited 0.
 */
function beside(title, cmd, args, opts = {}) {
  const since = Date.now();
  const done = capture(cmd, args, opts).then((r) => ({ ...r, took: Date.now() - since }));
  return {
    async collect() {
      const { status, stdout, stderr, took } = await done;
      console.log(`\n=== ${title} (run beside the other tests)\n${(stdout + stderr).trimEnd()}`);
      if (status !== 0) console.log(`test: ${title}: exit ${status}`);
      stepTimes.push([`${title} (beside)`, took, ""]);
      return status === 0;
    },
  };
}

/** A command with its output on this terminal, without blocking this process (servers beside it keep running). */
function runInherited(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: "inherit", ...opts });
    child.on("error", () => resolve(1));
    child.on("close", (code, signal) => resolve(code ?? signal));
  });
}

/** Runs a setup step; throws when it fails (the caller counts that as a failure). */
function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: "inherit", ...opts });
  if (r.status !== 0) throw new Error(`"${cmd} ${args.join(" ")}" failed (exit ${r.status ?? r.signal})`);
}

/** Whether apt can install the package `name` (a candidate version, after the last `apt-get update`). */
function aptHas(name) {
  const policy = spawnSync("apt-cache", ["policy", name], { encoding: "utf8" });
  return /Candidate: (?!\(none\))\S+/.test(policy.stdout ?? "");
}

/**
 * Debian chromium, and its headless shell for the browser tests (scripts/lib/chromium.mjs): as root, whichever is
 * missing is installed with apt-get (the shell only when apt has it; without it the tests drive chromium).
 */
function ensureChromium() {
  const hasShell = () => existsSync(HEADLESS_SHELL_PATH);
  if (process.getuid?.() === 0 && (!existsSync(CHROMIUM) || !hasShell())) {
    step("Installing Debian chromium (and its headless shell) for the browser tests");
    run("apt-get", ["update"]);
    const packages = [
      ...(existsSync(CHROMIUM) ? [] : ["chromium"]),
      ...(hasShell() || !aptHas("chromium-headless-shell") ? [] : ["chromium-headless-shell"]),
    ];
    if (packages.length) run("apt-get", ["install", "-y", "--no-install-recommends", ...packages]);
  }
  if (!existsSync(CHROMIUM))
    throw new Error(
      `the browser tests need Debian's "chromium" package at ${CHROMIUM}. ` +
        `Install it with: sudo apt-get install -y chromium chromium-headless-shell`,
    );
  const browser = process.env.TEST_BROWSER_PATH ?? (hasShell() ? HEADLESS_SHELL_PATH : CHROMIUM);
  console.log(`test: the browser tests drive ${browser}`);
}

/**
 * Debian nginx for the front suites, with its brotli_static and Lua modules, and LuaJIT (luajit2, the same
 * LuaJIT the Lua module links) for tests/unit/lua-rule.test.ts: as root, whatever is missing is installed (a
 * module only when apt has it). A machine that already had nginx without a module (and no root, or no such
 * package) keeps it: the front then serves gzip only, or leaves the view pages' 308s to the server, and the front
 * suites expect what it really does (tests/front/front.test.ts tests both brotli states whenever the module is
 * there; tests/front/view-redirect.test.ts requires the Lua module under CI). Without nginx those suites skip, or
 * fail under CI.
 */
function ensureNginx() {
  const missing = [
    ...(existsSync("/usr/sbin/nginx") ? [] : ["nginx"]),
    ...missingModulePackages(),
    ...(existsSync("/usr/bin/luajit") ? [] : ["luajit2"]),
  ];
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    if (missing.includes("nginx"))
      console.error('test: the nginx front suites need Debian\'s "nginx" package (sudo apt-get install -y nginx)');
    else console.error(`test: this machine lacks ${missing.join(" and ")}: the suites test what it does without them`);
    return;
  }
  step(`Installing Debian ${missing.join(", ")} for the front suites`);
  if (!missing.every(aptHas)) run("apt-get", ["update"]);
  const packages = missing.filter(aptHas);
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
async function vitest(totals, name, args, vitestEnv) {
  const file = join(out, `${name}.json`);
  await runInherited(
    bin("vitest"),
    ["run", ...args, "--reporter=default", "--reporter=json", `--outputFile.json=${file}`],
    { env: vitestEnv },
  );
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

/**
 * The PostgreSQL pass's database and server, made beside the SQLite pass's tests: a fresh database, migrate deploy
 * and seed, then the server on it (the SQLite pass's build, reused: both databases are seeded from the same
 * content/, so prerendering against either makes the same pages; the server reads PostgreSQL at run time).
 */
async function preparePostgres() {
  const since = Date.now();
  const lines = [];
  const log = (text) => text.trim() && lines.push(text.trimEnd());
  try {
    const { serverUrl, appUrl } = await freshPostgres(log);
    const pgEnv = { ...env, DATABASE_URL: appUrl };
    for (const [cmd, args] of [
      [bin("prisma"), ["migrate", "deploy"]],
      [bin("tsx"), ["scripts/seed.ts"]],
    ]) {
      const r = await capture(cmd, args, { env: pgEnv });
      log(r.stdout + r.stderr);
      if (r.status !== 0) throw new Error(`"${cmd} ${args.join(" ")}" failed (exit ${r.status})`);
    }
    const server = await startServer(pgEnv);
    return { serverUrl, pgEnv, server };
  } finally {
    console.log(`\n=== Preparing the PostgreSQL pass (run beside the other tests)\n${lines.join("\n")}`);
    stepTimes.push(["Preparing the PostgreSQL database and server (beside)", Date.now() - since, ""]);
  }
}

/** A fresh `kmap_ci` database on the local PostgreSQL server; drops what earlier runs left. */
async function freshPostgres(log) {
  const r = await capture("sh", ["scripts/postgres.sh", "start"]);
  if (r.status !== 0) throw new Error(`could not start PostgreSQL (scripts/postgres.sh start):\n${r.stderr}`);
  log(r.stderr);
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

// Lint and format (each one check, with caches in node_modules/.cache: kept between runs on one checkout, a fresh
// clone starts without them), the production install and the PostgreSQL pass's preparation run beside the vitest
// run, whose suites mostly wait on servers and child processes; each reports when it is collected.
const cache = join(root, "node_modules", ".cache");
const besides = [
  beside("ESLint", bin("eslint"), [
    ".",
    "--cache",
    "--cache-strategy=content",
    `--cache-location=${join(cache, "eslint/")}`,
  ]),
  beside("Prettier", bin("prettier"), [
    "--check",
    ".",
    "--cache",
    "--cache-location",
    join(cache, "prettier", ".cache"),
  ]),
];
let server;
let front;
let postgres = /** @type {ReturnType<typeof preparePostgres> | undefined} */ (undefined);
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
  besides.push(
    beside("Production install (npm prune --omit=dev on a copy, npm start)", "node", [
      "scripts/production-install.mjs",
    ]),
  );
  postgres = preparePostgres();
  postgres.catch(() => {}); // reported where the PostgreSQL pass awaits it

  step("Unit, content, database and API tests (vitest, SQLite)");
  await vitest(totals, "vitest", [], { ...env, ...frontEnv, TEST_BASE_URL: server.baseUrl });
  for (const check of besides.splice(0)) {
    if (await check.collect()) totals.passed += 1;
    else totals.failed += 1;
  }

  step("Browser tests (Playwright, Debian chromium)");
  const pwJson = join(out, "playwright.json");
  const playwright = await runInherited(bin("playwright"), ["test"], {
    env: {
      ...env,
      ...frontEnv,
      BASE_URL: server.baseUrl,
      TEST_BASE_URL: server.baseUrl,
      PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson,
    },
  });
  const p = readJson(pwJson);
  if (p?.stats) {
    totals.passed += p.stats.expected + p.stats.flaky;
    // A spec file that fails to load is no test at all in the stats, only an entry in `errors`:
    // each counts as a failure, and so does a failing exit with nothing else to show for it.
    const loadErrors = p.errors?.length ?? 0;
    totals.failed += p.stats.unexpected + loadErrors;
    if (playwright !== 0 && p.stats.unexpected + loadErrors === 0) totals.failed += 1;
    totals.skipped += p.stats.skipped;
    totals.flaky.push(...flakyTitles(p));
    playwrightDurations(p);
  } else totals.failed += 1;
} catch (err) {
  console.error(`test: ${err.message}`);
  totals.failed += 1;
} finally {
  for (const check of besides.splice(0)) if (!(await check.collect())) totals.failed += 1;
  front?.stop();
  server?.stop();
  server = undefined;
}

// The scale-out path: the database and API suites again, on PostgreSQL.
try {
  if (!postgres) throw new Error("not prepared (the SQLite pass's server did not start)");
  const { serverUrl, pgEnv, server: pgServer } = await postgres;
  server = pgServer;
  step("Database and API tests (vitest, PostgreSQL)");
  // tests/postgresql: a second server on the same database and nginx in front of both (scale-out).
  await vitest(totals, "vitest-postgresql", ["tests/db", "tests/api", "tests/postgresql"], {
    ...pgEnv,
    TEST_BASE_URL: server.baseUrl,
    TEST_POSTGRES_URL: serverUrl,
  });
} catch (err) {
  console.error(`test: PostgreSQL: ${err.message}`);
  totals.failed += 1;
} finally {
  server?.stop();
  (await postgres?.catch(() => undefined))?.server.stop();
}

endStep();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
console.log("\nThe 10 slowest tests:");
for (const { ms, name } of durations.sort((a, b) => b.ms - a.ms).slice(0, 10)) console.log(`  ${seconds(ms)}  ${name}`);
console.log("\nSteps (those run beside another step overlap it):");
for (const [title, ms, busy] of stepTimes) console.log(`  ${seconds(ms)}  ${title}${busy}`);
console.log(`Total: ${seconds(Date.now() - startedAt)}`);
const counts = `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
console.log(`\nvitest + playwright + PostgreSQL: ${counts}`);
if (totals.flaky.length)
  console.log(`flaky (failed, then passed on retry; counted as passed): ${totals.flaky.join("; ")}`);
console.log(counts);
process.exit(totals.failed > 0 ? 1 : 0);
