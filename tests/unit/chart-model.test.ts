import { describe, expect, it } from "vitest";
import { buildMatrix } from "@/lib/domain/heatmap/matrix";
import { buildHeatmapModel, heatmapGeometry, rankedPairs } from "@/lib/domain/heatmap/model";
import { orderTopics } from "@/lib/domain/heatmap/order";
import {
  heatColor,
  SCHEME_COLORS,
  schemePaint,
  treemapColorInput,
  treemapThemeFill,
  treemapTopicFill,
} from "@/lib/domain/chart-scheme";
import { contrastRatio, luminance, textColorOn } from "@/lib/domain/color";
import { estimateTextWidth } from "@/lib/domain/label-fit";
import { csvMetaHeader, heatmapFigureMeta, treemapFigureMeta, wrapText } from "@/lib/domain/figure";
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
const themeOrder = catalogue.themes.map((t) => t.slug);
const byTheme = orderTopics(matrix, "theme", themeOrder);
const pos = (order: readonly number[], slug: string) => order.indexOf(matrix.index.get(slug)!);

describe("heatmap view model", () => {
  const model = buildHeatmapModel(matrix, byTheme, "count", "light");
  const rag = pos(byTheme, "rag-systems");
  const evaluation = pos(byTheme, "evaluation");
  const size = pos(byTheme, "model-size-and-performance");

  it("describes a reported cell with both topics, the value and its provenance", () => {
    expect(model.describe(rag, evaluation)).toBe("RAG Systems × Evaluation: Joint videos 21 — reported in the paper");
    expect(model.kind(rag, evaluation)).toBe("reported");
    expect(model.label(rag, evaluation)).toBe("21");
    expect(model.describe(rag, rag)).toBe("RAG Systems: 72 videos (the topic itself)");
  });

  it("never fills a not-reported cell with a colour of the scale", () => {
    const pricing = pos(byTheme, "pricing");
    const memory = pos(byTheme, "memory");
    expect(model.fill(pricing, memory)).toBeNull();
    expect(model.label(pricing, memory)).toBe("");
    expect(model.describe(pricing, memory)).toMatch(/no count — not reported$/);
  });

  it("explains the inconsistent pair instead of showing P(column | row) = 137.5%", () => {
    const conditional = buildHeatmapModel(matrix, byTheme, "conditional", "light");
    expect(conditional.value(size, rag)).toBeNull();
    expect(conditional.impossible(size, rag)).toBe(true);
    expect(conditional.describe(size, rag)).toBe(
      "Model Size & Performance × RAG Systems: P(column | row) not " +
        "computable: the paper reports 11 joint videos, but Model Size & " +
        "Performance has only 8 — reported in the paper (inconsistent in the " +
        "source)",
    );
    expect(conditional.describe(size, rag)).not.toContain("137.5");
    // Both directions: the count itself is impossible, so neither share is shown; the count stays.
    expect(conditional.impossible(rag, size)).toBe(true);
    expect(buildHeatmapModel(matrix, byTheme, "count").label(size, rag)).toBe("11");
  });

  it("ranks pairs for narrow screens, strongest first, unknowns last", () => {
    const ranked = rankedPairs(matrix, "count");
    expect(ranked).toHaveLength(190);
    expect([matrix.topics[ranked[0].a].name, matrix.topics[ranked[0].b].name, ranked[0].value]).toEqual([
      "RAG Systems",
      "Evaluation",
      21,
    ]);
    expect(ranked.filter((p) => p.value === null)).toHaveLength(172);
    expect(ranked.slice(0, 18).every((p) => p.value !== null)).toBe(true);
    const conditional = rankedPairs(matrix, "conditional");
    expect(conditional.every((p) => p.value === null || p.value <= 1)).toBe(true);
    expect(conditional.filter((p) => p.impossible)).toHaveLength(1);
  });
});

describe("heatmap geometry", () => {
  for (const width of [360, 760, 1000]) {
    it(`leaves room for every column label at ${width} px, clustered order included`, () => {
      const order = orderTopics(matrix, "cluster", themeOrder);
      const names = order.map((i) => matrix.topics[i].name);
      const g = heatmapGeometry(names, width);
      g.columnLabels.forEach((label, c) => {
        const right = g.x0 + c * g.cell + g.cell / 2 + 4 + estimateTextWidth(label, 11) * 0.5;
        expect(right).toBeLessThanOrEqual(g.width);
      });
      expect(g.rowLabels.every((l) => estimateTextWidth(l, 11) <= g.label - 6)).toBe(true);
    });
  }
  it("keeps touch-sized cells when asked (phone frame pans)", () => {
    const g = heatmapGeometry(
      byTheme.map((i) => matrix.topics[i].name),
      0,
      { minCell: 24 },
    );
    expect(g.cell).toBe(24);
  });
  it("fits the clustered order's last label, which was cut before (“Infrastructure Managemen…”)", () => {
    const order = orderTopics(matrix, "cluster", themeOrder);
    const g = heatmapGeometry(
      order.map((i) => matrix.topics[i].name),
      760,
    );
    expect(g.columnLabels.some((l) => l.startsWith("Infrastructure Manage"))).toBe(true);
  });
});

describe("colour by scheme", () => {
  it("makes the strongest evidence the most salient against each page", () => {
    for (const scheme of ["light", "dark"] as const) {
      const bg = SCHEME_COLORS[scheme].background;
      const low = contrastRatio(heatColor(1, 21, scheme), bg);
      const high = contrastRatio(heatColor(21, 21, scheme), bg);
      expect(high, scheme).toBeGreaterThan(low);
      expect(high, scheme).toBeGreaterThan(7);
    }
    // On dark, high values are light; on white, they are dark.
    expect(luminance(heatColor(21, 21, "dark"))).toBeGreaterThan(luminance(heatColor(1, 21, "dark")));
    expect(luminance(heatColor(21, 21, "light"))).toBeLessThan(luminance(heatColor(1, 21, "light")));
  });
  it("keeps not-reported cells quiet: close to the page, less salient than any value", () => {
    for (const scheme of ["light", "dark"] as const) {
      const c = SCHEME_COLORS[scheme];
      expect(contrastRatio(c.missingFill, c.background)).toBeLessThan(1.2);
      expect(contrastRatio(c.missingHatch, c.background)).toBeLessThan(
        contrastRatio(heatColor(21, 21, scheme), c.background),
      );
    }
  });
  it("gives cell numbers AA contrast on every scale colour in both schemes", () => {
    for (const scheme of ["light", "dark"] as const)
      for (let v = 0; v <= 21; v++) {
        const fill = heatColor(v, 21, scheme);
        expect(contrastRatio(fill, textColorOn(fill))).toBeGreaterThanOrEqual(4.5);
      }
  });
  it("paints with light-dark() only when the schemes differ", () => {
    expect(schemePaint("#ffffff", "#000000")).toBe("light-dark(#ffffff, #000000)");
    expect(schemePaint("#ffffff")).toBe("#ffffff");
  });
  it("colours a treemap tile by theme or by its first phase, one rule for page, export and preview", () => {
    const input = treemapColorInput(
      catalogue.themes,
      catalogue.phases,
      catalogue.topics.map((t) => ({ slug: t.slug, phases: t.phases.map((p) => p.phase) })),
    );
    const rag = catalogue.topics.find((t) => t.slug === "rag-systems")!;
    expect(treemapTopicFill("theme", rag, input)).toBe("#0072B2");
    expect(treemapTopicFill("phase", rag, input)).toMatch(/^#[0-9A-F]{6}$/i);
    expect(treemapThemeFill("phase", { slug: rag.theme }, input)).toBe("#475569");
  });
});

describe("figure metadata", () => {
  it("says what the heatmap export shows and where it comes from", () => {
    const meta = heatmapFigureMeta({
      order: "cluster",
      measure: "jaccard",
      selection: { a: "RAG Systems", b: "Evaluation", value: "Jaccard index 20.8%" },
      datasetVersion: "1.0.0",
      url: "https://example.org/cooccurrence?order=cluster",
    });
    expect(meta.view).toBe(
      "Ordered clustered · value: Jaccard index · selected: RAG Systems × Evaluation (Jaccard index 20.8%)",
    );
    expect(meta.source).toContain("arXiv 2411.08574");
    expect(meta.source).toContain("dataset v1.0.0");
    expect(meta.source).toContain("https://example.org/cooccurrence?order=cluster");
    expect(meta.licence).toContain("CC BY 4.0");
    const header = csvMetaHeader(meta).split("\r\n");
    expect(header.slice(0, 4).every((l) => l.startsWith("# "))).toBe(true);
    expect(header[1]).toBe(`# View: ${meta.view}`);
  });
  it("names the treemap's zoom, selection and colouring", () => {
    const meta = treemapFigureMeta({
      zoomedTheme: "Costs",
      selectedTopic: "Pricing",
      color: "phase",
      datasetVersion: "1.0.0",
      url: "u",
    });
    expect(meta.view).toMatch(/^Zoomed into Costs · coloured by first lifecycle phase .* · selected: Pricing/);
  });
  it("wraps long lines without exceeding the width", () => {
    const lines = wrapText("a ".repeat(200).trim(), 100, 11);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((l) => estimateTextWidth(l, 11) <= 100)).toBe(true);
  });
});
