/**
 * npm run bench:lighthouse [-- --runs N] [-- --json DIR] — Lighthouse scores (performance,
 * accessibility, best practices, SEO) of three representative pages of the production build,
 * with Lighthouse's default settings: a mid-range phone, simulated slow 4G, 4× CPU slowdown.
 * Prints a table, then every audit below a full score, so a regression says what to fix;
 * --json DIR also writes each page's full report (with the failing elements), which the
 * Lighthouse viewer opens. A report, not a test: exits 0 whatever the scores.
 * Needs `npm run build` first.
 *
 * The simulated timings are the host's own CPU times × 4, so a busy or slow host scores lower:
 * the header shows Lighthouse's benchmark index of this host (higher = faster), and --runs N
 * takes the median run.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import type { Result } from "lighthouse";
import { startServer } from "../scripts/lib/next-server";

const root = join(import.meta.dirname, "..");
// The treemap (home), an entry page, and the heatmap: the three kinds of page people land on.
const PAGES = ["/", "/topics/rag-systems", "/cooccurrence"];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
// The same flags as the Playwright config: Debian's chromium, headless, as root, and no
// background traffic of its own to disturb the network trace.
const CHROME_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function parseArgs(argv: string[]): { runs: number; jsonDir: string | null } {
  const value = (flag: string) => (argv.includes(flag) ? (argv[argv.indexOf(flag) + 1] ?? "") : null);
  const runs = Number(value("--runs") ?? 1);
  const jsonDir = value("--json");
  if (!Number.isInteger(runs) || runs < 1 || jsonDir === "") {
    console.error("bench:lighthouse: usage: bench:lighthouse [--runs N (whole number ≥ 1)] [--json DIR]");
    process.exit(2);
  }
  return { runs, jsonDir };
}

/** One Lighthouse run in a fresh browser: a new profile each time, so every run is a cold first visit. */
async function audit(url: string): Promise<Result> {
  const chrome = await launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: CHROME_FLAGS,
  });
  try {
    // No config: the default one is mobile emulation with simulated throttling.
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError)
      throw new Error(`${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    return result.lhr;
  } finally {
    await chrome.kill();
  }
}

/** Simulated-throttling scores move a few points between runs (the CPU is shared): take the median run. */
function medianByPerformance(runs: Result[]): Result {
  const sorted = [...runs].sort(
    (a, b) => (a.categories.performance.score ?? 0) - (b.categories.performance.score ?? 0),
  );
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

const score = (lhr: Result, cat: string) => {
  const s = lhr.categories[cat]?.score;
  return s == null ? "–" : String(Math.round(s * 100));
};
const metric = (lhr: Result, id: string, digits = 0) => {
  const v = lhr.audits[id]?.numericValue;
  return v == null ? "–" : v.toFixed(digits);
};

/** Every audit that scored below 1; informative, manual and not-applicable ones have no score to miss. */
function failures(lhr: Result): string[] {
  return Object.values(lhr.audits)
    .filter(
      (a) =>
        a.score !== null && a.score < 1 && !["informative", "notApplicable", "manual"].includes(a.scoreDisplayMode),
    )
    .sort((a, b) => (a.score ?? 0) - (b.score ?? 0))
    .map(
      (a) =>
        `  ${a.id} (${Math.round((a.score ?? 0) * 100)}): ${a.title}${a.displayValue ? ` — ${a.displayValue}` : ""}`,
    );
}

async function main() {
  const { runs, jsonDir } = parseArgs(process.argv.slice(2));
  if (!existsSync(join(root, ".next", "BUILD_ID"))) {
    console.error("bench:lighthouse: no production build (.next/BUILD_ID missing): run `npm run build` first");
    process.exit(2);
  }
  const server = await startServer(root);
  const results: Array<[string, Result]> = [];
  try {
    for (const path of PAGES) {
      const all: Result[] = [];
      // Runs one after another: two browsers at once would share two cores and skew the timings.
      for (let i = 0; i < runs; i++) all.push(await audit(`${server.base}${path}`));
      const lhr = medianByPerformance(all);
      results.push([path, lhr]);
      if (jsonDir) {
        mkdirSync(jsonDir, { recursive: true });
        writeFileSync(
          join(jsonDir, `${path.replace(/\W+/g, "-").replace(/^-|-$/g, "") || "home"}.json`),
          JSON.stringify(lhr),
        );
      }
    }
  } finally {
    server.stop();
  }

  const cols = ["page", "perf", "a11y", "best-pr", "seo", "LCP ms", "TBT ms", "CLS"];
  const widths = [22, 6, 6, 9, 5, 8, 8, 7];
  const row = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("");
  const hostIndex = results.map(([, lhr]) => Math.round(lhr.environment.benchmarkIndex));
  console.log(
    `bench:lighthouse — Lighthouse ${results[0][1].lighthouseVersion}, default mobile settings (simulated throttling)${runs > 1 ? `, median of ${runs} runs by performance` : ""}`,
  );
  console.log(`host CPU benchmark index ${Math.min(...hostIndex)}–${Math.max(...hostIndex)}\n`);
  console.log(row(cols));
  for (const [path, lhr] of results) {
    console.log(
      row([
        path,
        ...CATEGORIES.map((c) => score(lhr, c)),
        metric(lhr, "largest-contentful-paint"),
        metric(lhr, "total-blocking-time"),
        metric(lhr, "cumulative-layout-shift", 3),
      ]),
    );
  }
  for (const [path, lhr] of results) {
    const failed = failures(lhr);
    console.log(
      `\n${path}: ${failed.length ? `${failed.length} audit(s) below full score` : "every audit at full score"}`,
    );
    for (const line of failed) console.log(line);
  }
}

main().catch((err) => {
  console.error(`bench:lighthouse: ${err.message}`);
  process.exit(1);
});
