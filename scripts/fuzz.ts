/**
 * npm run fuzz [-- --runs N] — 10,000 generated requests against a running server
 * (FUZZ_BASE_URL, or a production server started here on the built app and DATABASE_URL).
 * Prints how many were tried and how many failed; exits 1 on any failure.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { runFuzz } from "../fuzz/cases";
import { startServer } from "./lib/next-server";

const root = join(import.meta.dirname, "..");
const runsArg = process.argv.indexOf("--runs");
const runs = runsArg > -1 ? Number(process.argv[runsArg + 1]) : 10_000;

async function main() {
  if (!Number.isInteger(runs) || runs < 1) {
    console.error("fuzz: --runs needs a positive whole number");
    return 2;
  }
  let base = process.env.FUZZ_BASE_URL;
  let stop: (() => void) | undefined;
  if (!base) {
    if (!existsSync(join(root, ".next", "BUILD_ID"))) {
      console.error("fuzz: no production build; run `npm run build` first (or set FUZZ_BASE_URL).");
      return 2;
    }
    const server = await startServer(root, "/api/v1/themes");
    base = server.base;
    stop = server.stop;
  }
  try {
    const t0 = Date.now();
    const { tried, failures } = await runFuzz(base, runs);
    for (const f of failures.slice(0, 20)) console.log(`  FAIL ${f.status} ${f.path.slice(0, 160)} — ${f.problem}`);
    console.log(
      `fuzz: ${tried} requests tried, ${failures.length} failed ` +
        `(${((Date.now() - t0) / 1000).toFixed(1)} s) against ${base}`,
    );
    return failures.length ? 1 : 0;
  } finally {
    stop?.();
  }
}

main().then((code) => process.exit(code));
