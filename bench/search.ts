/**
 * npm run bench:search — keystroke-to-results time of the search field in headless chromium,
 * on the real catalogue (read from content/, exactly what the seed stores) and on a seeded
 * synthetic catalogue 50× larger (never shown, never stored), each next to a baseline measured
 * in the same run: a plain lower-case substring scan over the same records, drawn the same way.
 * Targets: p95 < 16 ms per keystroke (real), < 50 ms (50×). Also reports the index's gzip size.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { CHROMIUM_PATH, chromiumLaunchOptions } from "../scripts/lib/chromium.mjs";
import { buildSearchDocuments, type SearchDocument } from "../lib/domain/search/documents";
import { buildSearchIndex } from "../lib/domain/search/engine";
import { searchCatalogueFromContent } from "../lib/domain/search/from-content";
import { readContentFiles } from "../lib/content/load";
import { parseContentOrThrow } from "../lib/content/parse";
import { tokenize } from "../lib/domain/search/query";
import { seededRandom } from "./synthetic";

/** The functions the benchmark bundle puts on the page's window. */
type BenchWindow = Record<string, (...args: unknown[]) => unknown>;

const SCALE = 50;
/** What gets typed, one character at a time (prefixes, typos, keywords, an id, a long phrase). */
const TYPED = [
  "halucination",
  "fine tuning",
  "vector database",
  "prompt injection",
  "guardrails",
  "v47",
  "kubernetes",
  "context window",
  "self critique",
  "out of distribution",
];

/**
 * The real documents 50×: copies 2..50 get words drawn (seeded) from the catalogue's own vocabulary, marked synthetic.
 */
export function syntheticDocuments(real: SearchDocument[], scale: number, seed = 7): SearchDocument[] {
  const rand = seededRandom(seed);
  const vocabulary = [...new Set(real.flatMap((d) => tokenize(`${d.name} ${d.keywords} ${d.summary} ${d.quote}`)))];
  const words = (text: string) =>
    tokenize(text)
      .map(() => vocabulary[Math.floor(rand() * vocabulary.length)])
      .join(" ");
  const out = [...real];
  for (let copy = 2; copy <= scale; copy++) {
    for (const d of real) {
      out.push({
        ...d,
        id: `${d.id}~synthetic-${copy}`,
        name: d.name ? `${words(d.name)} (synthetic ${copy})` : "",
        keywords: words(d.keywords),
        summary: words(d.summary),
        quote: words(d.quote),
      });
    }
  }
  return out;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const ms = (x: number) => `${x.toFixed(1)} ms`;
const kb = (b: number) => `${(b / 1024).toFixed(1)} kB`;

async function main() {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`bench:search needs Debian chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)`);
  const real = buildSearchDocuments(searchCatalogueFromContent(parseContentOrThrow(await readContentFiles())));
  const sets = [
    { name: `real catalogue (${real.length} documents)`, docs: real, target: 16 },
    {
      name: `synthetic ${SCALE}× (${real.length * SCALE} documents, seeded)`,
      docs: syntheticDocuments(real, SCALE),
      target: 50,
    },
  ];
  const bundle = await build({
    entryPoints: [join(import.meta.dirname, "search-browser.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
  });
  const browser = await chromium.launch(chromiumLaunchOptions());
  let failed = false;
  try {
    console.log(
      `bench:search — keystroke to results laid out, headless chromium, ` +
        `${TYPED.length} queries typed a character at a time\n`,
    );
    for (const set of sets) {
      const t0 = performance.now();
      const serialised = JSON.stringify(buildSearchIndex(set.docs).toJSON());
      const buildMs = performance.now() - t0;
      console.log(
        `${set.name}: index built in ${ms(buildMs)} (server), ` +
          `${kb(serialised.length)} serialised, ` +
          `${kb(gzipSync(serialised).length)} gzip`,
      );
      for (const mode of ["index", "baseline"] as const) {
        const page = await browser.newPage();
        await page.setContent(
          `<!doctype html><html><body><input id="q"><ul ` +
            `id="results"></ul><script>${bundle.outputFiles[0].text}</script></body></html>`,
        );
        const loadMs = (await page.evaluate(
          ([s, d, m]) => (window as unknown as BenchWindow).benchSetup(JSON.parse(s), d, m),
          [serialised, mode === "baseline" ? set.docs : [], mode] as const,
        )) as number;
        await page.focus("#q");
        const run = async () => {
          for (const q of TYPED) {
            await page.keyboard.type(q);
            await page.fill("#q", "");
          }
        };
        await run(); // warm-up
        await page.evaluate(() => (window as unknown as BenchWindow).benchReset());
        await run();
        const times = (await page.evaluate(() => (window as unknown as BenchWindow).benchTimes())) as number[];
        const p95 = pct(times, 95);
        const label = mode === "index" ? "MiniSearch index" : "baseline (substring scan)";
        const verdict =
          mode === "index" ? (p95 < set.target ? ` ✓ target < ${set.target} ms` : ` ✗ target < ${set.target} ms`) : "";
        if (mode === "index" && p95 >= set.target) failed = true;
        console.log(
          `  ${label.padEnd(27)} ${times.length} keystrokes: median ` +
            `${ms(pct(times, 50))}, p95 ${ms(p95)}, max ${ms(Math.max(...times))}; ` +
            `load ${ms(loadMs)}${verdict}`,
        );
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  if (failed) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
