import { describe, expect, it } from "vitest";
import {
  buildMatrix,
  cellValue,
  conditional,
  formatValue,
  isImpossiblePair,
  jaccard,
  maxOffDiagonal,
  MEASURES,
} from "@/lib/domain/heatmap/matrix";
import { averageLinkage, optimalLeafOrder, pathLength, type ClusterNode } from "@/lib/domain/heatmap/cluster";
import { ORDERINGS, orderTopics, themeBands } from "@/lib/domain/heatmap/order";
import {
  DEFAULT_HEATMAP_STATE,
  parseHeatmapState,
  serializeHeatmapState,
  type HeatmapState,
} from "@/lib/domain/heatmap/url";
import { buildPairRows } from "@/lib/domain/heatmap/cooccurrence";
import { realCatalogue } from "../helpers/content";

const catalogue = await realCatalogue();
const topics = catalogue.topics.map((t) => ({ slug: t.slug, name: t.name, theme: t.theme, videoCount: t.videoCount }));
const pairs = buildPairRows(
  topics.map((t) => t.slug),
  catalogue.pairs,
  [],
).map((r) => ({
  a: r.topicA,
  b: r.topicB,
  count: r.count,
  provenance: r.provenance,
  evidence: r.evidence,
  note: r.note,
}));
const matrix = buildMatrix(topics, pairs);
const i = (slug: string) => matrix.index.get(slug)!;

describe("measures", () => {
  it("Jaccard of RAG Systems × Evaluation from 72, 50 and 21", () => {
    expect(jaccard(21, 72, 50)).toBeCloseTo(21 / 101, 10);
    expect(cellValue(matrix, i("rag-systems"), i("evaluation"), "jaccard")).toBeCloseTo(0.2079, 4);
    expect(formatValue(21 / 101, "jaccard")).toBe("20.8%");
  });
  it("conditional share is asymmetric: P(column | row)", () => {
    expect(conditional(21, 72)).toBeCloseTo(0.2917, 4);
    expect(cellValue(matrix, i("rag-systems"), i("evaluation"), "conditional")).toBeCloseTo(21 / 72, 10);
    expect(cellValue(matrix, i("evaluation"), i("rag-systems"), "conditional")).toBeCloseTo(21 / 50, 10);
  });
  it("keeps unknown cells unknown in every measure, never 0", () => {
    for (const m of MEASURES) expect(cellValue(matrix, i("pricing"), i("memory"), m)).toBeNull();
    expect(formatValue(null, "count")).toBe("not reported");
  });
  it("is symmetric, with topic counts on the diagonal", () => {
    const n = matrix.topics.length;
    for (let r = 0; r < n; r++)
      for (let c = 0; c < n; c++) expect(Object.is(matrix.counts[r * n + c], matrix.counts[c * n + r])).toBe(true);
    expect(cellValue(matrix, i("rag-systems"), i("rag-systems"), "count")).toBe(72);
    expect(cellValue(matrix, i("rag-systems"), i("evaluation"), "count")).toBe(21);
    expect(maxOffDiagonal(matrix, "count")).toBe(21);
  });
  it("keeps the paper's inconsistent count as printed but never turns it into a share above 100%", () => {
    expect(cellValue(matrix, i("model-size-and-performance"), i("rag-systems"), "count")).toBe(11);
    expect(isImpossiblePair(matrix, i("model-size-and-performance"), i("rag-systems"))).toBe(true);
    expect(cellValue(matrix, i("model-size-and-performance"), i("rag-systems"), "conditional")).toBeNull();
    expect(cellValue(matrix, i("rag-systems"), i("model-size-and-performance"), "jaccard")).toBeNull();
    expect(matrix.pairs[i("rag-systems") * 20 + i("model-size-and-performance")]?.note).toMatch(/inconsistent/);
    const n = matrix.topics.length;
    for (let r = 0; r < n; r++)
      for (let c = 0; c < n; c++) expect(cellValue(matrix, r, c, "conditional") ?? 0).toBeLessThanOrEqual(1);
  });
});

describe("orderings", () => {
  it.each(ORDERINGS.map((o) => [o]))("%s is a permutation of the 20 topics", (o) => {
    const order = orderTopics(
      matrix,
      o,
      catalogue.themes.map((t) => t.slug),
    );
    expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, k) => k));
  });
  it("by theme follows the paper and yields 8 bands", () => {
    const order = orderTopics(
      matrix,
      "theme",
      catalogue.themes.map((t) => t.slug),
    );
    expect(matrix.topics[order[0]].slug).toBe("rag-systems");
    expect(themeBands(matrix, order).map((b) => [b.theme, b.end - b.start])).toEqual([
      ["architecture-and-design", 4],
      ["model-capabilities-and-techniques", 5],
      ["tools-infrastructure-and-llm-providers", 4],
      ["evaluation", 1],
      ["risks-and-ethics", 2],
      ["monitoring-and-observability", 1],
      ["costs", 2],
      ["output-verification", 1],
    ]);
  });
  it("by count and alphabetically", () => {
    expect(matrix.topics[orderTopics(matrix, "count", [])[0]].slug).toBe("rag-systems");
    expect(matrix.topics[orderTopics(matrix, "alpha", [])[0]].name).toBe("Agents");
  });
  it("clustered puts RAG Systems next to one of its strongest partners", () => {
    const order = orderTopics(matrix, "cluster", []);
    const pos = order.indexOf(i("rag-systems"));
    const neighbours = [order[pos - 1], order[pos + 1]]
      .filter((x) => x !== undefined)
      .map((x) => matrix.topics[x].slug);
    expect(neighbours.some((s) => ["evaluation", "fine-tuning", "prompt-engineering", "agents"].includes(s))).toBe(
      true,
    );
  });
});

describe("optimal leaf ordering", () => {
  function flips(node: ClusterNode): number[][] {
    if (node.leaf !== undefined) return [[node.leaf]];
    const out: number[][] = [];
    for (const l of flips(node.left!)) for (const r of flips(node.right!)) out.push([...l, ...r], [...r, ...l]);
    return out;
  }
  it("finds the shortest path among all orders the tree allows", () => {
    // Deterministic pseudo-random distances.
    let seed = 7;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let trial = 0; trial < 5; trial++) {
      const n = 7;
      const dist = new Float64Array(n * n);
      for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) dist[a * n + b] = dist[b * n + a] = rand();
      const tree = averageLinkage(dist, n);
      const best = Math.min(...flips(tree).map((o) => pathLength(o, dist, n)));
      const olo = optimalLeafOrder(tree, dist, n);
      expect([...olo].sort()).toEqual(Array.from({ length: n }, (_, k) => k));
      expect(pathLength(olo, dist, n)).toBeCloseTo(best, 9);
    }
  });
  it("merges the closest pair first", () => {
    const d = [0, 1, 9, 1, 0, 9, 9, 9, 0];
    const tree = averageLinkage(d, 3);
    expect(tree.leaves.length).toBe(3);
    expect([tree.left!.leaves, tree.right!.leaves].some((l) => l.length === 2 && l.includes(0) && l.includes(1))).toBe(
      true,
    );
  });
});

describe("heatmap URL state", () => {
  const slugs = new Set(topics.map((t) => t.slug));
  const states: HeatmapState[] = [
    DEFAULT_HEATMAP_STATE,
    { cell: ["rag-systems", "evaluation"], order: "theme", value: "count", view: "matrix" },
    { cell: ["evaluation", "rag-systems"], order: "cluster", value: "conditional", view: "matrix" },
    { cell: null, order: "alpha", value: "jaccard", view: "table" },
  ];
  it.each(states.map((s) => [serializeHeatmapState(s) || "(default)", s]))("round-trips %s", (_, s) => {
    expect(parseHeatmapState(new URLSearchParams(serializeHeatmapState(s)), slugs)).toEqual({ state: s, notices: [] });
  });
  it("round-trips every ordering × value × view", () => {
    for (const order of ORDERINGS)
      for (const value of MEASURES)
        for (const view of ["matrix", "table"] as const) {
          const s = { cell: ["pricing", "latency"] as [string, string], order, value, view };
          expect(parseHeatmapState(new URLSearchParams(serializeHeatmapState(s)), slugs).state).toEqual(s);
        }
  });
  it("writes readable cell links", () => {
    expect(serializeHeatmapState({ ...DEFAULT_HEATMAP_STATE, cell: ["rag-systems", "evaluation"] })).toBe(
      "?cell=rag-systems~evaluation",
    );
  });
  it("falls back with notices", () => {
    const r = parseHeatmapState(new URLSearchParams("cell=rag-systems~nope&order=random&value=pmi&view=3d"), slugs);
    expect(r.state).toEqual(DEFAULT_HEATMAP_STATE);
    expect(r.notices).toHaveLength(4);
    expect(parseHeatmapState({ cell: "rag-systems" }, slugs).state.cell).toBeNull();
  });
});
