/**
 * npm run bench:lighthouse [-- --runs N] [-- --json DIR] [-- --page PATH …] [-- --against DIST]
 *   [-- --throttling devtools] [-- --chrome-flag FLAG …] —
 * Lighthouse scores (performance, accessibility, best practices, SEO) of every kind of page
 * people land on — the treemap (home), an entry page, the heatmap, search with a query, the
 * planner with a selection — next to a bare Next.js page built with the same Next in the same
 * run, with Lighthouse's default settings: a mid-range phone, simulated slow 4G, 4× CPU slowdown.
 * Prints a table (each page's performance also as the difference to the bare page's), then every
 * audit below a full score, so a regression says what to fix; --json DIR also writes each page's
 * full report (with the failing elements), which the Lighthouse viewer opens, and beside it the trace of that run
 * (`<page>.trace.json`: what ran on the main thread, task by task; Chromium DevTools' Performance panel opens it).
 * A report, not a test: exits 0 whatever the scores. Needs `npm run build` first.
 *
 * The simulated timings are the host's own CPU times × 4, so a busy or slow host scores lower:
 * the header shows Lighthouse's benchmark index of this host (higher = faster), --runs N takes
 * the median run, and the runs go round-robin over the pages (bare page included) so a change in
 * the host's load touches every page alike. Each page is requested once before the runs (as after its
 * first visitor: shared views are rendered on their first request, then answered from memory).
 *
 * "paint ms" is the first contentful paint Chromium actually made in the (unthrottled, loopback) run.
 * Lantern builds the simulated LCP from everything that ran before the observed one, so when that paint
 * comes late, every script task before it counts as render delay. Chromium's paint holding delays it on a
 * page with a render-blocking stylesheet or preloaded fonts (by 1–2 s here, after the scripts have run;
 * with `--chrome-flag --disable-features=PaintHolding` it comes at ~0.45 s); the bare page has neither.
 * `--chrome-flag FLAG` (repeatable) adds a Chromium flag to every run, for such experiments; the header names it.
 * `--throttling devtools` measures instead with the throttling applied in the browser (slow 4G, 4× CPU),
 * as a phone would load the page: slower and noisier, but what it reports is what happened.
 *
 * A/B: `--against DIST` also serves a second build of this app from the folder DIST (built with
 * `KMAP_DIST_DIR=DIST npm run build`, e.g. from the commit before a change) and measures each
 * page on both, alternating, run by run. `--page PATH` (repeatable) measures only those pages.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Result } from "lighthouse";
import { startServer } from "../scripts/lib/next-server";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../scripts/lib/chromium.mjs";
import { buildBareNext } from "./lib/bare-next";
import { benchTools } from "./lib/tools";

benchTools("lighthouse", "chrome-launcher");
const { launch } = await import("chrome-launcher");
const { default: lighthouse } = await import("lighthouse");

const root = join(import.meta.dirname, "..");
// The kinds of page people land on: the treemap (home), an entry page, the heatmap, search, a plan.
const PAGES = ["/", "/topics/rag-systems", "/cooccurrence", "/search?q=rag", "/plan?topics=rag-systems,agents"];
const BARE = "bare Next page";
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

interface Options {
  runs: number;
  jsonDir: string | null;
  pages: string[];
  against: string | null;
  throttling: "simulate" | "devtools";
  chromeFlags: string[];
}

function parseArgs(argv: string[]): Options {
  const value = (flag: string) => (argv.includes(flag) ? (argv[argv.indexOf(flag) + 1] ?? "") : null);
  const runs = Number(value("--runs") ?? 1);
  const jsonDir = value("--json");
  const against = value("--against");
  const pages = argv.flatMap((a, i) => (a === "--page" ? [argv[i + 1] ?? ""] : []));
  const chromeFlags = argv.flatMap((a, i) => (a === "--chrome-flag" ? [argv[i + 1] ?? ""] : []));
  const throttling = value("--throttling") ?? "simulate";
  if (
    !Number.isInteger(runs) ||
    (throttling !== "simulate" && throttling !== "devtools") ||
    runs < 1 ||
    jsonDir === "" ||
    against === "" ||
    pages.some((p) => !p.startsWith("/")) ||
    chromeFlags.some((f) => !f.startsWith("--"))
  ) {
    console.error(
      "bench:lighthouse: usage: bench:lighthouse [--runs N (whole number ≥ " +
        "1)] [--json DIR] [--page /path …] [--against DIST] [--throttling simulate|devtools] [--chrome-flag --FLAG …]",
    );
    process.exit(2);
  }
  if (against && !existsSync(join(root, against, "BUILD_ID"))) {
    console.error(
      `bench:lighthouse: --against ${against}: no build there (run KMAP_DIST_DIR=${against} npm run build)`,
    );
    process.exit(2);
  }
  return { runs, jsonDir, pages: pages.length ? pages : PAGES, against, throttling, chromeFlags };
}

/** One Lighthouse run in a fresh browser: a new profile each time, so every run is a cold first visit. */
async function audit(url: string, { throttling, chromeFlags, jsonDir }: Options): Promise<Run> {
  const chrome = await launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [...CHROMIUM_FLAGS, ...chromeFlags],
  });
  try {
    // No config: the default one is mobile emulation with simulated throttling.
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...CATEGORIES],
      throttlingMethod: throttling,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError)
      throw new Error(`${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    // The trace only when it is written (--json): a few MB per run.
    return { lhr: result.lhr, trace: jsonDir ? result.artifacts.Trace : null };
  } finally {
    await chrome.kill();
  }
}

/** Simulated-throttling scores move a few points between runs (the CPU is shared): take the median run. */
function medianByPerformance(runs: Run[]): Run {
  const sorted = [...runs].sort(
    (a, b) => (a.lhr.categories.performance.score ?? 0) - (b.lhr.categories.performance.score ?? 0),
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

/** The first contentful paint the browser really made in this run (not the simulated one). */
const observedPaint = (lhr: Result) => {
  const items = (lhr.audits.metrics?.details as { items?: Array<Record<string, number>> } | undefined)?.items;
  const v = items?.[0]?.observedFirstContentfulPaint;
  return v == null ? "–" : v.toFixed(0);
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

interface Target {
  /** The page, or BARE. */
  page: string;
  /** Which build served it: "this build", the --against folder, or the bare page's. */
  build: string;
  url: string;
  runs: Run[];
}

/** One run: its report, and its trace when --json writes it (else null). */
interface Run {
  lhr: Result;
  trace: unknown;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const { runs, jsonDir, pages, against, throttling, chromeFlags } = options;
  if (!existsSync(join(root, ".next", "BUILD_ID"))) {
    console.error("bench:lighthouse: no production build (.next/BUILD_ID missing): run `npm run build` first");
    process.exit(2);
  }
  const bareDir = buildBareNext();
  const stops: Array<() => void> = [];
  const targets: Target[] = [];
  try {
    const bare = await startServer(bareDir);
    stops.push(bare.stop);
    const app = await startServer(root);
    stops.push(app.stop);
    const other = against ? await startServer(root, "/", { ...process.env, KMAP_DIST_DIR: against }) : null;
    if (other) stops.push(other.stop);
    for (const page of pages) {
      targets.push({ page, build: "this build", url: `${app.base}${page}`, runs: [] });
      if (other && against) targets.push({ page, build: against, url: `${other.base}${page}`, runs: [] });
    }
    targets.push({ page: BARE, build: "bare", url: `${bare.base}/`, runs: [] });
    // Each page is asked for once before the runs, as after its first visitor: a shared view (home, search, a plan)
    // is rendered on its first request and answered from memory after, as prerendered pages (and the bare page)
    // are from the start. Without this the first of the runs timed a render, not the page.
    for (const t of targets) {
      const res = await fetch(t.url, { headers: { "accept-encoding": "br, gzip" } });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${t.url} answered ${res.status} before the runs`);
    }
    // Round-robin, one browser at a time: two at once would share two cores and skew the timings.
    for (let i = 0; i < runs; i++) for (const t of targets) t.runs.push(await audit(t.url, options));
  } finally {
    for (const stop of stops) stop();
  }
  if (jsonDir) {
    mkdirSync(jsonDir, { recursive: true });
    for (const t of targets) {
      const name = t.page === BARE ? "bare" : t.page.replace(/\W+/g, "-").replace(/^-|-$/g, "") || "home";
      const suffix = t.build === "this build" || t.page === BARE ? "" : `.${t.build.replace(/\W+/g, "-")}`;
      const median = medianByPerformance(t.runs);
      writeFileSync(join(jsonDir, `${name}${suffix}.json`), JSON.stringify(median.lhr));
      writeFileSync(join(jsonDir, `${name}${suffix}.trace.json`), JSON.stringify(median.trace));
    }
  }

  const perf = (lhr: Result) => Math.round((lhr.categories.performance.score ?? 0) * 100);
  const bareLhr = medianByPerformance(targets.at(-1)!.runs).lhr;
  const cols = [
    "page",
    "build",
    "perf",
    "vs bare",
    "a11y",
    "best-pr",
    "seo",
    "LCP ms",
    "TBT ms",
    "CLS",
    "paint ms",
    "perf, each run",
  ];
  const widths = [34, 14, 6, 9, 6, 9, 5, 8, 8, 7, 10, 18];
  const row = (cells: string[]) => cells.map((c, i) => (i <= 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("");
  const hostIndex = targets.flatMap((t) => t.runs.map((run) => Math.round(run.lhr.environment.benchmarkIndex)));
  console.log(
    `bench:lighthouse — Lighthouse ${bareLhr.lighthouseVersion}, default ` +
      `mobile settings (${throttling === "simulate" ? "simulated" : "applied (devtools)"} ` +
      `throttling)${runs > 1 ? `, median of ${runs} runs by performance, round-robin` : ""}` +
      (chromeFlags.length ? `; extra Chromium flags: ${chromeFlags.join(" ")}` : ""),
  );
  console.log(`host CPU benchmark index ${Math.min(...hostIndex)}–${Math.max(...hostIndex)}\n`);
  console.log(row(cols));
  for (const t of targets) {
    const lhr = medianByPerformance(t.runs).lhr;
    const delta = perf(lhr) - perf(bareLhr);
    console.log(
      row([
        t.page,
        t.build,
        ...CATEGORIES.slice(0, 1).map((c) => score(lhr, c)),
        t.page === BARE ? "" : `${delta >= 0 ? "+" : ""}${delta}`,
        ...CATEGORIES.slice(1).map((c) => score(lhr, c)),
        metric(lhr, "largest-contentful-paint"),
        metric(lhr, "total-blocking-time"),
        metric(lhr, "cumulative-layout-shift", 3),
        observedPaint(lhr),
        t.runs.map((run) => perf(run.lhr)).join(" "),
      ]),
    );
  }
  for (const t of targets) {
    if (t.build !== "this build" && t.page !== BARE) continue;
    const failed = failures(medianByPerformance(t.runs).lhr);
    console.log(
      `\n${t.page}: ${failed.length ? `${failed.length} audit(s) below full score` : "every audit at full score"}`,
    );
    for (const line of failed) console.log(line);
  }
}

main().catch((err) => {
  console.error(`bench:lighthouse: ${err.message}`);
  process.exit(1);
});
