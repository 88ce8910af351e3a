/**
 * npm run fuzz [-- --runs N] — 10,000 generated requests against a running server
 * (FUZZ_BASE_URL, or a production server started here on the built app and DATABASE_URL).
 * Prints how many were tried and how many failed; exits 1 on any failure.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { runFuzz } from "../fuzz/cases";

const root = join(import.meta.dirname, "..");
const runsArg = process.argv.indexOf("--runs");
const runs = runsArg > -1 ? Number(process.argv[runsArg + 1]) : 10_000;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function main() {
  if (!Number.isInteger(runs) || runs < 1) {
    console.error("fuzz: --runs needs a positive whole number");
    return 2;
  }
  let base = process.env.FUZZ_BASE_URL;
  let server: ReturnType<typeof spawn> | undefined;
  if (!base) {
    if (!existsSync(join(root, ".next", "BUILD_ID"))) {
      console.error("fuzz: no production build; run `npm run build` first (or set FUZZ_BASE_URL).");
      return 2;
    }
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn(join(root, "node_modules/.bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1"], { cwd: root, stdio: "ignore", env: process.env });
    for (let i = 0; i < 200; i++) {
      try {
        if ((await fetch(`${base}/api/v1/themes`)).ok) break;
      } catch {
        /* starting */
      }
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  try {
    const t0 = Date.now();
    const { tried, failures } = await runFuzz(base, runs);
    for (const f of failures.slice(0, 20)) console.log(`  FAIL ${f.status} ${f.path.slice(0, 160)} — ${f.problem}`);
    console.log(`fuzz: ${tried} requests tried, ${failures.length} failed (${((Date.now() - t0) / 1000).toFixed(1)} s) against ${base}`);
    return failures.length ? 1 : 0;
  } finally {
    server?.kill("SIGTERM");
  }
}

main().then((code) => process.exit(code));
