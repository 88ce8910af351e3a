import { ChartFigure, type LegendItem } from "../ChartFigure";
import { TreemapSvg } from "./TreemapSvg";
import { treemapColorInput, treemapThemeFill, treemapTopicFill } from "@/lib/domain/chart-scheme";
import { phaseColor } from "@/lib/domain/color";
import { themeColor } from "@/lib/domain/palette";
import { treemapFigureMeta } from "@/lib/domain/figure";
import { layoutTreemap, zoomLayout } from "@/lib/domain/treemap/layout";
import type { TreemapState } from "@/lib/domain/treemap/url";
import type { Phase } from "@/lib/schemas/api";
import type { TreemapTheme, TreemapTopic } from "@/lib/domain/treemap/explorer-input";

export interface TreemapFigureProps {
  state: TreemapState;
  themes: TreemapTheme[];
  topics: TreemapTopic[];
  phases: Phase[];
  datasetVersion: string;
  url: string;
  width?: number;
  height?: number;
}

/** The treemap as an exported figure: light scheme, title, view, legend, source, licence. */
export function TreemapFigure({
  state,
  themes,
  topics,
  phases,
  datasetVersion,
  url,
  width = 960,
  height = 540,
}: TreemapFigureProps) {
  const layout = zoomLayout(layoutTreemap(themes, topics, width, height), state.zoom);
  const input = treemapColorInput(themes, phases, topics);
  const zoomed = themes.find((t) => t.slug === state.zoom) ?? null;
  const selected = topics.find((t) => t.slug === state.topic) ?? null;
  const meta = treemapFigureMeta({
    zoomedTheme: zoomed?.name ?? null,
    selectedTopic: selected ? `${selected.name} (${selected.videoCount} videos, ${selected.share.toFixed(1)}%)` : null,
    color: state.color,
    datasetVersion,
    url,
  });
  const legend: LegendItem[] =
    state.color === "phase"
      ? phases.map((p) => ({ kind: "swatch", label: p.name, color: phaseColor(p.position) }))
      : themes
          .filter((t) => !zoomed || t.slug === zoomed.slug)
          .map((t) => ({ kind: "swatch", label: t.name, color: themeColor(t.position) }));
  return (
    <ChartFigure meta={meta} chartWidth={width} chartHeight={height} legend={legend}>
      <TreemapSvg
        idPrefix="fig-tm"
        layout={layout}
        zoom={state.zoom}
        selected={state.topic}
        topicFill={(t) => treemapTopicFill(state.color, t, input)}
        themeFill={(t) => treemapThemeFill(state.color, t, input)}
      />
    </ChartFigure>
  );
}
