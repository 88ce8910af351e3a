import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildPairRows } from "@/lib/domain/heatmap/cooccurrence";
import { ORDERINGS, orderTopics } from "@/lib/domain/heatmap/order";
import {
  CANVAS_FROM,
  colouredBands,
  explorerMatrix,
  heatmapLayout,
  NARROW_ONLY,
  NARROW_WIDTH,
  provenanceCounts,
  tooltipPosition,
  WIDE_ONLY,
} from "@/lib/domain/heatmap/view";
import { themeColor } from "@/lib/domain/palette";
import { realCatalogue, ROOT } from "../helpers/content";

const catalogue = await realCatalogue();
const pairs = buildPairRows(
  catalogue.topics.map((t) => t.slug),
  catalogue.pairs,
  [],
).map((r) => ({ a: r.topicA, b: r.topicB, count: r.count, provenance: r.provenance, evidence: r.evidence }));
const matrix = explorerMatrix({ topics: catalogue.topics.map((t) => t.slug), pairs }, catalogue.topics);
const themeOrder = catalogue.themes.map((t) => t.slug);
const layout = (measuredWidth: number | null, more: { matrixOnNarrow?: boolean; view?: "matrix" | "table" } = {}) =>
  heatmapLayout({
    measuredWidth,
    matrixOnNarrow: more.matrixOnNarrow ?? false,
    view: more.view ?? "matrix",
    topicCount: 20,
  });

describe("what the heatmap shows at which width", () => {
  it("before the first measurement renders both views and lets the container query pick one", () => {
    const l = layout(null);
    expect(l).toMatchObject({ unmeasured: true, narrow: false, showList: false, width: 760 });
    expect(l.listSlot).toEqual({ className: NARROW_ONLY, rendered: true });
    expect(l.matrixSlot).toEqual({ className: WIDE_ONLY, rendered: true });
    expect(l.matrixOnlyClass).toBe(WIDE_ONLY);
    expect(l.frameClass).toBe("relative overflow-x-auto");
    expect([l.svgWidth, l.minCell]).toEqual([760, 14]);
  });
  it("below NARROW_WIDTH shows the ranked list only, without the ordering control", () => {
    const l = layout(NARROW_WIDTH - 1);
    expect(l).toMatchObject({ narrow: true, showList: true, showMatrixControls: false, matrixOnlyClass: "" });
    expect(l.listSlot).toEqual({ className: "", rendered: true });
    expect(l.matrixSlot).toEqual({ className: "", rendered: false });
  });
  it("at NARROW_WIDTH and above shows the matrix as wide as measured", () => {
    const l = layout(NARROW_WIDTH);
    expect(l).toMatchObject({ narrow: false, showList: false, showMatrixControls: true, width: NARROW_WIDTH });
    expect(l.listSlot.rendered).toBe(false);
    expect(l.matrixSlot).toEqual({ className: "", rendered: true });
    expect(l.frameClass).toBe("relative ");
    expect([l.svgWidth, l.minCell]).toEqual([NARROW_WIDTH, 14]);
  });
  it("the full matrix on a phone pans in its own frame with 24 px cells", () => {
    const l = layout(390, { matrixOnNarrow: true });
    expect(l).toMatchObject({ narrow: true, showList: false, showMatrixControls: true, svgWidth: 0, minCell: 24 });
    expect(l.frameClass).toMatch(/^relative hm-pan overflow-x-auto overscroll-x-contain /);
    expect(l.matrixSlot.rendered).toBe(true);
  });
  it("is never laid out narrower than 300 px", () => {
    expect(layout(250).width).toBe(300);
  });
  it("the table has no ordering control", () => {
    expect(layout(1000, { view: "table" })).toMatchObject({ isTable: true, showMatrixControls: false });
  });
  it(`draws on canvas from ${CANVAS_FROM} topics`, () => {
    const at = (topicCount: number) =>
      heatmapLayout({ measuredWidth: 1000, matrixOnNarrow: false, view: "matrix", topicCount }).useCanvas;
    expect([at(20), at(CANVAS_FROM - 1), at(CANVAS_FROM)]).toEqual([false, false, true]);
  });
});

describe("Tailwind's container-query literals repeat NARROW_WIDTH", () => {
  const sources = [
    ...readdirSync(join(ROOT, "components", "heatmap")).map((f) => join(ROOT, "components", "heatmap", f)),
    ...readdirSync(join(ROOT, "lib", "domain", "heatmap")).map((f) => join(ROOT, "lib", "domain", "heatmap", f)),
  ];
  const literals = sources.flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/@(?:max|min)-\[(\d+)px\]/g)].map((m) => ({ file, width: Number(m[1]) })),
  );
  it("the list-only and matrix-only classes switch at NARROW_WIDTH", () => {
    expect(NARROW_ONLY).toBe(`hidden @max-[${NARROW_WIDTH}px]:block`);
    expect(WIDE_ONLY).toBe(`@max-[${NARROW_WIDTH}px]:hidden`);
  });
  it("every container-query width in the heatmap's code is NARROW_WIDTH", () => {
    expect(literals.length).toBeGreaterThanOrEqual(2);
    expect(literals.filter((l) => l.width !== NARROW_WIDTH)).toEqual([]);
  });
  it("the explorer's root is the size container the queries measure", () => {
    const explorer = readFileSync(join(ROOT, "components", "heatmap", "HeatmapExplorer.tsx"), "utf8");
    // The root's first class is @container (the phone layout's classes follow it).
    expect(explorer).toMatch(/return \(\s*(?:\/\/[^\n]*\n\s*)*<div className="@container(?: [^"]*)?">/);
  });
});

describe("the parts around the matrix", () => {
  it("the explorer's matrix keeps the page's topic order with names, themes and counts", () => {
    expect(matrix.topics.map((t) => t.slug)).toEqual(catalogue.topics.map((t) => t.slug));
    expect(matrix.topics[matrix.index.get("rag-systems")!]).toEqual({
      slug: "rag-systems",
      name: "RAG Systems",
      theme: "architecture-and-design",
      videoCount: 72,
    });
  });
  it("a topic the catalogue does not name is shown by its slug with no count", () => {
    const m = explorerMatrix({ topics: ["rag-systems", "new-topic"], pairs: [] }, catalogue.topics);
    expect(m.topics[1]).toEqual({ slug: "new-topic", name: "new-topic", theme: "", videoCount: 0 });
  });
  it("by theme: 8 bands in the themes' colours, RAG Systems' theme first; other orders none", () => {
    const order = orderTopics(matrix, "theme", themeOrder);
    const bands = colouredBands(matrix, order, "theme", catalogue.themes);
    expect(bands).toHaveLength(8);
    expect(bands[0]).toEqual({ theme: "architecture-and-design", start: 0, end: 4, color: themeColor(1) });
    expect(bands.at(-1)).toEqual({ theme: "output-verification", start: 19, end: 20, color: themeColor(8) });
    for (const o of ORDERINGS.filter((x) => x !== "theme"))
      expect(colouredBands(matrix, orderTopics(matrix, o, themeOrder), o, catalogue.themes)).toEqual([]);
  });
  it("the paper reports 18 pairs; none is computed without imported assignments", () => {
    expect(provenanceCounts(pairs)).toEqual({ reported: 18, computed: 0 });
    expect(
      provenanceCounts([{ provenance: "computed" }, { provenance: "not_reported" }, { provenance: "reported" }]),
    ).toEqual({ reported: 1, computed: 1 });
  });
  it("the tooltip sits below right of the pointer and never runs past the matrix's right edge", () => {
    expect(tooltipPosition({ x: 100, y: 50 }, 760)).toEqual({ left: 112, top: 64 });
    expect(tooltipPosition({ x: 700, y: 50 }, 760)).toEqual({ left: 540, top: 64 });
  });
});
