import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { HeatmapSvg } from "@/components/heatmap/HeatmapSvg";
import { HeatmapFigure } from "@/components/heatmap/HeatmapFigure";
import { TreemapSvg } from "@/components/treemap/TreemapSvg";
import { TreemapFigure } from "@/components/treemap/TreemapFigure";
import { buildMatrix } from "@/lib/domain/heatmap/matrix";
import { buildHeatmapModel } from "@/lib/domain/heatmap/model";
import { orderTopics, themeBands } from "@/lib/domain/heatmap/order";
import { DEFAULT_HEATMAP_STATE } from "@/lib/domain/heatmap/url";
import { layoutTreemap, zoomLayout } from "@/lib/domain/treemap/layout";
import { DEFAULT_TREEMAP_STATE } from "@/lib/domain/treemap/url";
import { treemapColorInput, treemapThemeFill, treemapTopicFill, type ChartScheme } from "@/lib/domain/chart-scheme";
import { themeColor } from "@/lib/domain/palette";
import { buildPairRows } from "@/lib/domain/heatmap/cooccurrence";
import type { Phase, Theme, Topic } from "@/lib/schemas/api";
import { realCatalogue } from "../../helpers/content";

// Both charts rendered for the fixed catalogue in content/ and compared with stored SVGs, as
// Observable Plot does: a visual change shows up as a readable diff in review. After an
// intended change, update them with `vitest run tests/unit/snapshots -u`.
const catalogue = await realCatalogue();
const OUT = join(import.meta.dirname, "svg");
const pretty = (markup: string) => markup.replace(/></g, ">\n<") + "\n";

const matrixTopics = catalogue.topics.map((t) => ({
  slug: t.slug,
  name: t.name,
  theme: t.theme,
  videoCount: t.videoCount,
}));
const pairs = buildPairRows(
  matrixTopics.map((t) => t.slug),
  catalogue.pairs,
  [],
).map((r) => ({
  a: r.topicA,
  b: r.topicB,
  count: r.count,
  provenance: r.provenance,
  evidence: r.evidence,
  note: r.note,
  kind: r.kind,
}));
const matrix = buildMatrix(matrixTopics, pairs);
const themeOrder = catalogue.themes.map((t) => t.slug);
const order = orderTopics(matrix, "theme", themeOrder);
const bands = themeBands(matrix, order).map((b) => ({
  ...b,
  color: themeColor(catalogue.themes.find((t) => t.slug === b.theme)!.position),
}));

// The API shapes the explorers receive, from the same content.
const apiThemes = catalogue.themes.map((t) => ({
  ...t,
  topics: catalogue.topics.filter((x) => x.theme === t.slug).map((x) => x.slug),
})) as unknown as Theme[];
const apiTopics = catalogue.topics.map((t) => ({ ...t, phases: t.phases.map((p) => p.phase) })) as unknown as Topic[];
const apiPhases = catalogue.phases as unknown as Phase[];

const WIDTHS = { desktop: 760, phone: 0 } as const;

describe("heatmap SVG snapshots", () => {
  for (const scheme of ["light", "dark"] as ChartScheme[])
    for (const [device, width] of Object.entries(WIDTHS))
      it(`${scheme}, ${device}`, async () => {
        const model = buildHeatmapModel(matrix, order, "count", scheme);
        const markup = renderToStaticMarkup(
          <HeatmapSvg
            model={model}
            width={width}
            minCell={device === "phone" ? 24 : 14}
            bands={bands}
            selected={[0, 1]}
          />,
        );
        expect(markup).toContain(
          'aria-label="RAG Systems × Evaluation: Joint videos 21 — reported in the paper (architecture-based)"',
        );
        await expect(pretty(markup)).toMatchFileSnapshot(join(OUT, `heatmap-${scheme}-${device}.svg`));
      });
  it("export figure (always light), P(column | row) with the inconsistent pair selected", async () => {
    const markup = renderToStaticMarkup(
      <HeatmapFigure
        matrix={matrix}
        order={order}
        state={{ ...DEFAULT_HEATMAP_STATE, value: "conditional", cell: ["model-size-and-performance", "rag-systems"] }}
        themes={catalogue.themes}
        datasetVersion="1.0.0"
        url="https://example.org/cooccurrence"
      />,
    );
    expect(markup).not.toContain("137.5");
    expect(markup).toContain(
      "not computable: the paper reports 11 joint videos, but Model Size &amp; Performance has only 8",
    );
    await expect(pretty(markup)).toMatchFileSnapshot(join(OUT, "heatmap-figure.svg"));
  });
});

describe("treemap SVG snapshots", () => {
  const input = treemapColorInput(apiThemes, apiPhases, apiTopics);
  const sizes = { desktop: [1120, 630], phone: [358, 477] } as const;
  for (const scheme of ["light", "dark"] as ChartScheme[])
    for (const [device, [w, h]] of Object.entries(sizes))
      it(`${scheme}, ${device}`, async () => {
        const layout = zoomLayout(layoutTreemap(apiThemes, apiTopics, w, h), null);
        const markup = renderToStaticMarkup(
          <TreemapSvg
            idPrefix="s"
            layout={layout}
            zoom={null}
            selected="rag-systems"
            scheme={scheme}
            topicFill={(t) => treemapTopicFill("theme", t, input)}
            themeFill={(t) => treemapThemeFill("theme", t, input)}
          />,
        );
        expect(markup).toContain('aria-label="RAG Systems: 72 videos, 40.4%"');
        // No stub labels on a phone: a cut name keeps at least 7 characters.
        for (const m of markup.matchAll(/font-weight="600"[^>]*>([^<]+)</g))
          if (m[1].endsWith("…")) expect([...m[1]].length - 1).toBeGreaterThanOrEqual(7);
        await expect(pretty(markup)).toMatchFileSnapshot(join(OUT, `treemap-${scheme}-${device}.svg`));
      });
  it("export figure (always light), zoomed into Costs, coloured by phase", async () => {
    const markup = renderToStaticMarkup(
      <TreemapFigure
        state={{ ...DEFAULT_TREEMAP_STATE, zoom: "costs", color: "phase" }}
        themes={apiThemes}
        topics={apiTopics}
        phases={apiPhases}
        datasetVersion="1.0.0"
        url="https://example.org/?zoom=costs&amp;color=phase"
      />,
    );
    expect(markup).toContain("Zoomed into Costs");
    await expect(pretty(markup)).toMatchFileSnapshot(join(OUT, "treemap-figure.svg"));
  });
});
