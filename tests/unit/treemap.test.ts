import { describe, expect, it } from "vitest";
import {
  area,
  layoutTreemap,
  svgBox,
  svgCoordinate,
  THEME_HEADER,
  tileLabel,
  zoomLayout,
} from "@/lib/domain/treemap/layout";
import { estimateTextWidth, fitText } from "@/lib/domain/label-fit";
import { ALL_CHART_FILLS, contrastRatio, textColorOn } from "@/lib/domain/color";
import { neighbour } from "@/lib/domain/treemap/spatial-nav";
import {
  DEFAULT_TREEMAP_STATE,
  parseTreemapState,
  serializeTreemapState,
  type TreemapState,
} from "@/lib/domain/treemap/url";
import { csvField, toCsv } from "@/lib/domain/csv";
import { realCatalogue } from "../helpers/content";

const catalogue = await realCatalogue();
const themes = catalogue.themes.map((t) => ({
  ...t,
  topics: catalogue.topics.filter((x) => x.theme === t.slug).map((x) => x.slug),
}));
const topics = catalogue.topics;

function within1Percent(actual: number, expected: number) {
  expect(Math.abs(actual - expected) / expected).toBeLessThan(0.01);
}

describe("layoutTreemap", () => {
  for (const [w, h] of [
    [1200, 720],
    [360, 540],
    [800, 800],
  ]) {
    it(`lays out 8 themes and 20 topics inside ${w}×${h}`, () => {
      const layout = layoutTreemap(themes, topics, w, h);
      expect(layout.themes).toHaveLength(8);
      expect(layout.topics).toHaveLength(20);
      for (const r of [...layout.themes, ...layout.topics]) {
        expect(r.x0).toBeGreaterThanOrEqual(-1e-6);
        expect(r.y0).toBeGreaterThanOrEqual(-1e-6);
        expect(r.x1).toBeLessThanOrEqual(w + 1e-6);
        expect(r.y1).toBeLessThanOrEqual(h + 1e-6);
        expect(area(r)).toBeGreaterThan(0);
      }
    });

    it(`makes areas proportional to video counts within 1% (${w}×${h})`, () => {
      const layout = layoutTreemap(themes, topics, w, h);
      const sum = topics.reduce((n, t) => n + t.videoCount, 0);
      // Themes: the sum of their topics' counts, over the whole canvas.
      for (const th of layout.themes) {
        const themeSum = topics.filter((t) => t.theme === th.slug).reduce((n, t) => n + t.videoCount, 0);
        within1Percent(area(th), (themeSum / sum) * w * h);
      }
      // Topics: proportional to their counts within the theme's topic area.
      for (const th of layout.themes) {
        const inner = area({ ...th, y0: th.y0 + th.header });
        const ts = layout.topics.filter((t) => t.theme === th.slug);
        const themeSum = ts.reduce((n, t) => n + t.videoCount, 0);
        for (const t of ts) within1Percent(area(t), (t.videoCount / themeSum) * inner);
      }
    });
  }

  it("gives multi-topic themes a header band and single-topic themes none", () => {
    const layout = layoutTreemap(themes, topics, 1200, 720);
    const header = Object.fromEntries(layout.themes.map((t) => [t.slug, t.header]));
    expect(header["architecture-and-design"]).toBe(THEME_HEADER);
    expect(header["evaluation"]).toBe(0);
    expect(header["output-verification"]).toBe(0);
    const evaluation = layout.themes.find((t) => t.slug === "evaluation")!;
    const topic = layout.topics.find((t) => t.slug === "evaluation")!;
    expect([topic.x0, topic.y0, topic.x1, topic.y1]).toEqual([
      evaluation.x0,
      evaluation.y0,
      evaluation.x1,
      evaluation.y1,
    ]);
  });

  it("zooming fills the viewport with the theme's topics and keeps their proportions", () => {
    const layout = zoomLayout(layoutTreemap(themes, topics, 1200, 720), "architecture-and-design");
    const ts = layout.topics.filter((t) => t.theme === "architecture-and-design");
    const total = ts.reduce((n, t) => n + area(t), 0);
    within1Percent(total, 1200 * 720);
    const rag = ts.find((t) => t.slug === "rag-systems")!;
    within1Percent(area(rag), (72 / (72 + 15 + 16 + 23)) * 1200 * 720);
    expect(zoomLayout(layout, null)).toBe(layout);
  });

  it("rejects an empty canvas", () => {
    expect(() => layoutTreemap(themes, topics, 0, 100)).toThrow(RangeError);
  });
});

describe("the SVG's coordinates", () => {
  it("keep 1/100 px: RAG Systems' tile at 1120×630 is 317.41 px wide, its focus ring 311.41", () => {
    const layout = layoutTreemap(themes, topics, 1120, 630);
    const rag = layout.topics.find((t) => t.slug === "rag-systems")!;
    expect(rag.x1 - rag.x0).toBeCloseTo(317.4089068826, 9); // the layout keeps full precision
    expect(svgBox(rag)).toEqual({ width: 317.41, height: 302, x: 0, y: 22 });
    expect(svgBox(rag, 6)).toEqual({ width: 311.41, height: 296, x: 0, y: 22 });
    expect(svgCoordinate(218.11111111111111)).toBe(218.11);
    expect(svgBox({ x0: 10, y0: 10, x1: 13, y1: 12 }, 6)).toEqual({ width: 0, height: 0, x: 10, y: 10 });
  });

  it("still cover the map: every tile within 1/100 px of its exact place", () => {
    const layout = layoutTreemap(themes, topics, 360, 480);
    for (const t of [...layout.themes, ...layout.topics]) {
      const b = svgBox(t);
      for (const [drawn, exact] of [
        [b.x, t.x0],
        [b.y, t.y0],
        [b.x + b.width, t.x1],
        [b.y + b.height, t.y1],
      ])
        expect(Math.abs(drawn - exact)).toBeLessThanOrEqual(0.01 + 1e-9);
      expect(String(b.width)).toMatch(/^\d+(\.\d{1,2})?$/);
    }
  });
});

describe("labels", () => {
  it("fits, truncates with an ellipsis, or drops text", () => {
    expect(fitText("RAG Systems", 500, 14)).toBe("RAG Systems");
    const cut = fitText("Tools, Infrastructure & LLM Providers", 120, 14);
    expect(cut.endsWith("…")).toBe(true);
    expect(estimateTextWidth(cut, 14)).toBeLessThanOrEqual(120);
    expect(fitText("Pricing", 5, 14)).toBe("");
  });
  it("keeps the full text for the accessible name", () => {
    const l = tileLabel({ x0: 0, y0: 0, x1: 60, y1: 30 }, "Infrastructure Management", 21, 11.8);
    expect(l.full).toBe("Infrastructure Management: 21 videos, 11.8%");
    expect(l.name.length).toBeLessThan("Infrastructure Management".length);
    expect(l.figure).toBe("");
    const big = tileLabel({ x0: 0, y0: 0, x1: 300, y1: 200 }, "RAG Systems", 72, 40.4);
    expect([big.name, big.figure]).toEqual(["RAG Systems", "72 videos · 40.4%"]);
  });
});

describe("colour", () => {
  it("computes WCAG contrast ratios", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
  });
  it.each(ALL_CHART_FILLS.map((c) => [c]))("text on %s reaches WCAG AA (4.5:1)", (fill) => {
    expect(contrastRatio(fill, textColorOn(fill))).toBeGreaterThanOrEqual(4.5);
  });
});

describe("spatial navigation", () => {
  const grid = [
    { slug: "a", x0: 0, y0: 0, x1: 10, y1: 10 },
    { slug: "b", x0: 10, y0: 0, x1: 20, y1: 10 },
    { slug: "c", x0: 0, y0: 10, x1: 10, y1: 20 },
    { slug: "d", x0: 10, y0: 10, x1: 20, y1: 20 },
  ];
  it("moves to the tile in the pressed direction", () => {
    expect(neighbour(grid, "a", "right")?.slug).toBe("b");
    expect(neighbour(grid, "a", "down")?.slug).toBe("c");
    expect(neighbour(grid, "d", "up")?.slug).toBe("b");
    expect(neighbour(grid, "d", "left")?.slug).toBe("c");
    expect(neighbour(grid, "a", "left")).toBeUndefined();
  });
  it("reaches every topic of the real layout from the first one", () => {
    const layout = layoutTreemap(themes, topics, 1200, 720);
    const seen = new Set([layout.topics[0].slug]);
    const queue = [layout.topics[0].slug];
    while (queue.length) {
      const s = queue.shift()!;
      for (const d of ["left", "right", "up", "down"] as const) {
        const n = neighbour(layout.topics, s, d);
        if (n && !seen.has(n.slug)) {
          seen.add(n.slug);
          queue.push(n.slug);
        }
      }
    }
    expect(seen.size).toBe(20);
  });
});

describe("treemap URL state", () => {
  const cat = { themes, topics };
  const states: TreemapState[] = [
    DEFAULT_TREEMAP_STATE,
    { zoom: "architecture-and-design", topic: null, color: "theme", view: "chart" },
    { zoom: "architecture-and-design", topic: "rag-systems", color: "phase", view: "chart" },
    { zoom: null, topic: "pricing", color: "theme", view: "table" },
    { zoom: "costs", topic: null, color: "phase", view: "table" },
  ];
  it.each(states.map((s) => [serializeTreemapState(s) || "(default)", s]))("round-trips %s", (_, s) => {
    const qs = serializeTreemapState(s);
    const { state, notices } = parseTreemapState(new URLSearchParams(qs), cat);
    expect(notices).toEqual([]);
    expect(state).toEqual(s);
  });
  it("round-trips every zoom × topic × colour × view combination that is consistent", () => {
    let n = 0;
    for (const zoom of [null, ...themes.map((t) => t.slug)])
      for (const topic of [null, ...topics.map((t) => t.slug)]) {
        if (zoom && topic && topics.find((t) => t.slug === topic)!.theme !== zoom) continue;
        for (const color of ["theme", "phase"] as const)
          for (const view of ["chart", "table"] as const) {
            const s = { zoom, topic, color, view };
            expect(parseTreemapState(new URLSearchParams(serializeTreemapState(s)), cat).state).toEqual(s);
            n++;
          }
      }
    expect(n).toBe((1 + 8 + 20 + 20) * 4);
  });
  it("omits defaults", () => {
    expect(serializeTreemapState(DEFAULT_TREEMAP_STATE)).toBe("");
    expect(serializeTreemapState({ ...DEFAULT_TREEMAP_STATE, zoom: "costs" })).toBe("?zoom=costs");
  });
  it("falls back with a notice on unknown values", () => {
    const { state, notices } = parseTreemapState(
      new URLSearchParams("zoom=nope&topic=<script>&color=rainbow&view=3d"),
      cat,
    );
    expect(state).toEqual(DEFAULT_TREEMAP_STATE);
    expect(notices).toHaveLength(4);
    expect(notices[0]).toContain("“nope”");
  });
  it("drops a zoom that contradicts the selected topic", () => {
    const { state, notices } = parseTreemapState({ zoom: "costs", topic: "rag-systems" }, cat);
    expect(state).toEqual({ ...DEFAULT_TREEMAP_STATE, topic: "rag-systems" });
    expect(notices).toHaveLength(1);
  });
});

describe("csv", () => {
  it("quotes what needs quoting", () => {
    expect(csvField("Architecture & Design")).toBe("Architecture & Design");
    expect(csvField("Tools, Infrastructure")).toBe('"Tools, Infrastructure"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(null)).toBe("");
    expect(toCsv(["a", "b"], [[1, "x,y"]])).toBe('a,b\r\n1,"x,y"\r\n');
  });
});

describe("theme band labels", () => {
  it("shows name and count when they fit, else the name cut to the band", async () => {
    const { themeBandLabel } = await import("@/lib/domain/treemap/layout");
    expect(themeBandLabel({ x0: 0, y0: 0, x1: 400, y1: 22 }, "Architecture & Design", 93)).toBe(
      "Architecture & Design · 93",
    );
    const cut = themeBandLabel({ x0: 0, y0: 0, x1: 120, y1: 22 }, "Tools, Infrastructure & LLM Providers", 74);
    expect(cut.endsWith("…")).toBe(true);
    expect(cut.startsWith("Tools")).toBe(true);
  });
});
