/**
 * npm run bench:heatmap
 * A synthetic 200-topic / 10,000-video assignment set, measured three ways, each next to
 * a baseline from the same run:
 *   1. matrix recompute (the importer's path) vs counting each pair by scanning all videos;
 *   2. initial render and 3. per-interaction (hover + select) time in headless chromium:
 *      the product's canvas renderer vs one SVG <rect> per cell redrawn per interaction.
 * Targets: recompute < 1 s, interaction < 16 ms at 200 × 200. Reported, not asserted.
 */
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { CHROMIUM_PATH, chromiumLaunchOptions } from "../scripts/lib/chromium.mjs";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { buildPairRows, countJointVideos } from "../lib/domain/heatmap/cooccurrence";
import { buildMatrix, cellValue, maxOffDiagonal } from "../lib/domain/heatmap/matrix";
import { orderTopics } from "../lib/domain/heatmap/order";
import { heatColor } from "../lib/domain/chart-scheme";
import { pairKey } from "../lib/domain/pairs";
import { seededRandom, syntheticAssignments } from "./synthetic";

/** The functions the benchmark bundle puts on the page's window. */
type BenchWindow = Record<string, (...args: unknown[]) => unknown>;

const TOPICS = Number(process.env.BENCH_TOPICS ?? 200);
const VIDEOS = Number(process.env.BENCH_VIDEOS ?? 10_000);
const INTERACTIONS = 60;

function time<T>(fn: () => T): { ms: number; result: T } {
  const t0 = performance.now();
  const result = fn();
  return { ms: performance.now() - t0, result };
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(2)).padStart(9) + " ms";
const row = (label: string, ours: number, base: number, target?: number) =>
  `${label.padEnd(34)}${fmt(ours)}${fmt(base)}${(base / ours).toFixed(1).padStart(9)}×` +
  `${target !== undefined ? `   ${ours < target ? "meets" : "MISSES"} < ${target} ms` : ""}`;

async function main() {
  const { slugs, assignments } = syntheticAssignments(TOPICS, VIDEOS);
  console.log(
    `bench:heatmap — synthetic data: ${TOPICS} topics, ${VIDEOS} videos, ` +
      `${assignments.length} assignments (seeded; not real data)\n`,
  );

  // 1. Recompute.
  const ours = time(() => {
    const rows = buildPairRows(slugs, [], assignments);
    const perTopic = new Map<string, number>();
    for (const a of assignments) perTopic.set(a.topicSlug, (perTopic.get(a.topicSlug) ?? 0) + 1);
    const matrix = buildMatrix(
      slugs.map((s) => ({ slug: s, name: s, theme: "t", videoCount: perTopic.get(s) ?? 0 })),
      rows.map((r) => ({ a: r.topicA, b: r.topicB, count: r.count, provenance: r.provenance, evidence: r.evidence })),
    );
    return matrix;
  });
  const naive = time(() => {
    const topicsByVideo = new Map<string, Set<string>>();
    for (const a of assignments)
      (topicsByVideo.get(a.videoId) ?? topicsByVideo.set(a.videoId, new Set()).get(a.videoId)!).add(a.topicSlug);
    const videos = [...topicsByVideo.values()];
    const counts = new Map<string, number>();
    for (let i = 0; i < slugs.length; i++)
      for (let j = i + 1; j < slugs.length; j++) {
        let c = 0;
        for (const set of videos) if (set.has(slugs[i]) && set.has(slugs[j])) c++;
        counts.set(pairKey(slugs[i], slugs[j]), c);
      }
    return counts;
  });
  const check = countJointVideos(assignments);
  for (const [k, v] of naive.result) if ((check.get(k) ?? 0) !== v) throw new Error(`recompute mismatch at ${k}`);
  const matrix = ours.result;
  const clustered = time(() => orderTopics(matrix, "cluster", []));

  // Fills as the page would draw them (joint videos, theme order).
  const n = matrix.topics.length;
  const max = maxOffDiagonal(matrix, "count");
  const fills: Array<string | null> = new Array(n * n);
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++)
      fills[r * n + c] =
        r === c ? "#cbd5e1" : ((v) => (v === null ? null : heatColor(v, max)))(cellValue(matrix, r, c, "count"));
  const rand = seededRandom(7);
  const hovers: Array<[number, number]> = Array.from({ length: INTERACTIONS }, () => [
    Math.floor(rand() * n),
    Math.floor(rand() * n),
  ]);
  const cell = Math.max(2, Math.floor(900 / n));

  // 2–3. Rendering in chromium.
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`bench:heatmap needs Debian chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)`);
  const bundle = await build({
    entryPoints: [join(import.meta.dirname, "heatmap-browser.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
  });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
    await page.setContent(
      `<!doctype html><html><body><div id="host"></div><script>${bundle.outputFiles[0].text}</script></body></html>`,
    );
    type Run = { initial: number; times: number[] };
    const runs = async (fn: "benchCanvas" | "benchSvg") => {
      await page.evaluate(
        ([f, n, fills, cell, hovers]) => (window as unknown as BenchWindow)[f](n, fills, cell, hovers.slice(0, 5)),
        [fn, n, fills, cell, hovers] as const,
      ); // warm-up
      return page.evaluate(
        ([f, n, fills, cell, hovers]) => (window as unknown as BenchWindow)[f](n, fills, cell, hovers),
        [fn, n, fills, cell, hovers] as const,
      ) as Promise<Run>;
    };
    const canvas = await runs("benchCanvas");
    const svg = await runs("benchSvg");

    console.log(`${"".padEnd(34)}${"ours".padStart(12)}${"baseline".padStart(12)}${"ratio".padStart(10)}`);
    console.log(row("matrix recompute", ours.ms, naive.ms, 1000));
    console.log(`${"  (clustered order, ours only)".padEnd(34)}${fmt(clustered.ms)}`);
    console.log(row(`initial render ${n}×${n}`, canvas.initial, svg.initial));
    console.log(row("interaction, median", median(canvas.times), median(svg.times), 16));
    console.log(row("interaction, p95", p95(canvas.times), p95(svg.times), 16));
    console.log(
      `\nours: domain recompute (countJointVideos + buildPairRows + ` +
        `buildMatrix) and the canvas renderer (lib/render/heatmap-canvas.ts);`,
    );
    console.log(
      `baseline: per-pair scan over all videos, and one SVG <rect> per cell ` +
        `rebuilt per interaction. Interaction = hover + select redraw, ` +
        `including layout.`,
    );
  } finally {
    await browser.close();
  }
}

main().catch((err) => {
  console.error(`bench:heatmap: ${err.message}`);
  process.exit(1);
});
