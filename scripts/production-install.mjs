#!/usr/bin/env node
/**
 * Does the site run from a production install (`dependencies` only, no devDependencies)? Given an existing build
 * (<distDir>, with csp-hashes.json) and a seeded database, it:
 *  1. copies what a deployment holds into a temporary folder (outside the checkout, so Next.js sees one lockfile):
 *     package.json and the lock, server.mjs and server/ (the server and its helpers),
 *     next.config.ts, tsconfig.json, lib/ (next.config.ts's imports), scripts/with-env.sh
 *     (`npm start`), public/ and the build (without its cache);
 *  2. installs without dev dependencies there, the fast way: hard links to this checkout's node_modules, then
 *     `npm prune --omit=dev` (pruning only unlinks, so this checkout's node_modules is untouched);
 *  3. checks that no devDependency is left, then runs `npm start` on a free port against the database and reads a
 *     prerendered page (/topics/rag-systems: 72 videos), an API read (/api/v1/topics), a page rendered per request,
 *     a preview image (fonts read from node_modules at run time) and the API reference (/api, built by next build);
 *  4. stops the server; exits 1 with the reason when anything fails.
 * Usage: node scripts/production-install.mjs (DATABASE_URL defaults to the test database, file:./.test-output/test.db).
 */
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join } from "node:path";
import { distDir } from "../server/build-contract.mjs";
import { compressedBodiesDir } from "../server/compressed-bodies.mjs";
import { freePort } from "./lib/free-port.mjs";

const root = join(import.meta.dirname, "..");
const dist = distDir();
// Same filesystem as the checkout on this machine (hard links); set TMPDIR elsewhere if /tmp is not.
const work = mkdtempSync(join(tmpdir(), "kmap-production-install-"));
const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

class CheckFailed extends Error {}
const fail = (message) => {
  throw new CheckFailed(message);
};

/** file:./x (relative to the checkout) → file:/abs/x, so the copy reads the same database. */
function databaseUrl() {
  const url = process.env.DATABASE_URL ?? "file:./.test-output/test.db";
  if (!url.startsWith("file:")) return url;
  const path = url.slice("file:".length);
  const abs = isAbsolute(path) ? path : join(root, path);
  if (!existsSync(abs)) fail(`no database at ${abs} (DATABASE_URL=${url}): migrate and seed it first`);
  return `file:${abs}`;
}

function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: "utf8", ...opts });
  if (r.status !== 0) fail(`"${cmd} ${args.join(" ")}" failed (exit ${r.status ?? r.signal}):\n${r.stderr}`);
  return r.stdout;
}

function copyApp() {
  if (!existsSync(join(root, dist, "BUILD_ID"))) fail(`no production build in ${dist}/: run \`npm run build\` first`);
  for (const file of ["package.json", "package-lock.json", "server.mjs", "next.config.ts", "tsconfig.json"]) {
    copyFileSync(join(root, file), join(work, file));
  }
  mkdirSync(join(work, "scripts"));
  copyFileSync(join(root, "scripts", "with-env.sh"), join(work, "scripts", "with-env.sh"));
  for (const dir of ["server", "lib", "public"]) cpSync(join(root, dir), join(work, dir), { recursive: true });
  // A real copy (the server may write into it), without Next.js's build cache; the pages the server has already
  // compressed for this build (server/compressed-bodies.mjs) come along, as a build folder deployed after a first
  // start would carry them.
  const cache = join(root, dist, "cache");
  const bodies = compressedBodiesDir(join(root, dist));
  cpSync(join(root, dist), join(work, dist), {
    recursive: true,
    filter: (src) => !src.startsWith(`${cache}/`) || src === bodies || src.startsWith(`${bodies}/`),
  });
  sh("cp", ["-al", join(root, "node_modules"), join(work, "node_modules")]);
  // npm rewrites this one file in place: give the copy its own.
  const hidden = join(work, "node_modules", ".package-lock.json");
  if (existsSync(hidden)) {
    unlinkSync(hidden);
    copyFileSync(join(root, "node_modules", ".package-lock.json"), hidden);
  }
}

function pruneDevDependencies() {
  sh("npm", ["prune", "--omit=dev", "--no-audit", "--no-fund"], {
    cwd: work,
    env: { ...process.env, NODE_ENV: "production" },
  });
  const pkg = JSON.parse(readFileSync(join(work, "package.json"), "utf8"));
  const left = Object.keys(pkg.devDependencies ?? {}).filter(
    (name) => existsSync(join(work, "node_modules", name)) && !(name in (pkg.dependencies ?? {})),
  );
  // A devDependency may stay when a runtime dependency needs it too (npm keeps what the tree needs).
  const needed = left.filter((name) => {
    const r = spawnSync("npm", ["ls", name, "--omit=dev", "--parseable"], { cwd: work, encoding: "utf8" });
    return r.status === 0 && r.stdout.trim() !== "";
  });
  const stray = left.filter((name) => !needed.includes(name));
  if (stray.length) fail(`npm prune --omit=dev left devDependencies behind: ${stray.join(", ")}`);
  const size = sh("du", ["-sh", join(work, "node_modules")]).split("\t")[0];
  console.log(`production-install: node_modules without dev dependencies: ${size} (${seconds()})`);
  if (needed.length)
    console.log(`production-install: kept by npm as (optional) peers of runtime dependencies: ${needed.join(", ")}`);
}

async function waitFor(url, server, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) fail(`\`npm start\` exited with code ${server.exitCode} before answering`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  fail(`\`npm start\` did not answer ${url} within ${timeoutMs / 1000} s`);
}

async function expectGet(base, path, check) {
  const res = await fetch(base + path);
  if (res.status !== 200) fail(`GET ${path}: status ${res.status}, expected 200: ${(await res.text()).slice(0, 300)}`);
  const problem = await check(res);
  if (problem) fail(`GET ${path}: ${problem}`);
  console.log(`production-install: GET ${path} ok`);
}

async function runServer() {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const output = [];
  const server = spawn("npm", ["start", "--", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: work,
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: databaseUrl() },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  for (const stream of [server.stdout, server.stderr]) stream.on("data", (d) => output.push(String(d)));
  const stop = () => {
    if (server.exitCode === null) {
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {
        /* already gone */
      }
    }
  };
  process.on("exit", stop);
  try {
    await waitFor(`${base}/api/v1/themes`, server, 60_000);
    console.log(`production-install: \`npm start\` answers at ${base} (${seconds()})`);
    await expectGet(base, "/topics/rag-systems", async (res) => {
      const html = await res.text();
      return html.includes('<span data-testid="video-count">72</span>')
        ? undefined
        : "no video count of 72 in the page";
    });
    await expectGet(base, "/api/v1/topics", async (res) => {
      const body = await res.json();
      const rag = body.data?.find((t) => t.slug === "rag-systems");
      return rag?.videoCount === 72 ? undefined : `rag-systems with videoCount 72 expected, got ${JSON.stringify(rag)}`;
    });
    await expectGet(base, "/v/1.2.0/topics/rag-systems", async (res) =>
      (await res.text()).includes('data-testid="version-banner"') ? undefined : "no version banner",
    );
    await expectGet(base, "/og/topic/rag-systems", async (res) =>
      res.headers.get("content-type") === "image/png" ? undefined : `content-type ${res.headers.get("content-type")}`,
    );
    await expectGet(base, "/api", async (res) =>
      (await res.text()).includes('<script type="module" src="/api/docs/redoc.js">') ? undefined : "not Redoc's page",
    );
  } catch (err) {
    if (err instanceof CheckFailed) err.message += `\n--- npm start output ---\n${output.join("").slice(-4000)}`;
    throw err;
  } finally {
    stop();
  }
}

try {
  copyApp();
  console.log(`production-install: copied the app to ${work} (${seconds()})`);
  pruneDevDependencies();
  await runServer();
  console.log(`production-install: ok, the site runs without dev dependencies (${seconds()})`);
} catch (err) {
  console.error(`production-install: FAILED: ${err.message}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
