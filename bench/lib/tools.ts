/**
 * Benchmark-only packages are not in package.json, so neither `npm install` nor a production install carries them:
 * Lighthouse with chrome-launcher (about 180 MB of packages), autocannon, and the two search libraries MiniSearch was
 * compared with. A benchmark calls `benchTools(...)` before importing them: what is missing is installed once, with
 * `npm install --no-save` at the versions the README's figures were measured with (package.json and the lock stay as
 * they are; the next plain `npm install` or `npm ci` removes them again).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

export const BENCH_TOOLS = {
  lighthouse: "12.8.2",
  "chrome-launcher": "1.2.1",
  autocannon: "8.0.0",
  "@orama/orama": "3.1.18",
  flexsearch: "0.8.212",
} as const;
export type BenchTool = keyof typeof BENCH_TOOLS;

const root = join(import.meta.dirname, "..", "..");
const installed = (name: string) => existsSync(join(root, "node_modules", name, "package.json"));

export function benchTools(...names: BenchTool[]): void {
  const missing = names.filter((n) => !installed(n));
  if (missing.length === 0) return;
  // npm drops packages that package.json does not list whenever it installs: keep the bench tools already there.
  const wanted = (Object.keys(BENCH_TOOLS) as BenchTool[]).filter((n) => names.includes(n) || installed(n));
  const specs = wanted.map((n) => `${n}@${BENCH_TOOLS[n]}`);
  console.error(
    `bench: ${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} benchmark-only, ` +
      `not part of \`npm install\`; installing now: npm install --no-save ${specs.join(" ")}`,
  );
  const r = spawnSync("npm", ["install", "--no-save", "--no-audit", "--no-fund", ...specs], {
    cwd: root,
    stdio: "inherit",
  });
  const still = names.filter((n) => !installed(n));
  if (r.status !== 0 || still.length > 0) {
    console.error(
      `bench: could not install ${still.join(", ") || specs.join(" ")} (npm exit ${r.status ?? r.signal}); ` +
        `it needs the npm registry. Run \`npm install --no-save ${specs.join(" ")}\` by hand and try again.`,
    );
    process.exit(1);
  }
}
