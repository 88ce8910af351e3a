import { ChartFigure, type LegendItem } from "../ChartFigure";
import { HeatmapSvg } from "./HeatmapSvg";
import { heatGradientStops, SCHEME_COLORS } from "@/lib/domain/chart-scheme";
import { heatmapFigureMeta } from "@/lib/domain/figure";
import { buildHeatmapModel, heatmapGeometry } from "@/lib/domain/heatmap/model";
import { formatValue, MEASURE_LABEL, type CooccurrenceMatrix } from "@/lib/domain/heatmap/matrix";
import { themeBands } from "@/lib/domain/heatmap/order";
import type { HeatmapState } from "@/lib/domain/heatmap/url";
import { themeColor } from "@/lib/domain/palette";

export interface HeatmapFigureProps {
  matrix: CooccurrenceMatrix;
  order: readonly number[];
  state: HeatmapState;
  themes: ReadonlyArray<{ slug: string; name: string; position: number }>;
  datasetVersion: string;
  url: string;
  /** Width available to the matrix. */
  width?: number;
}

/** The heatmap as an exported figure: always the light scheme, with title, view, legend, source, licence. */
export function HeatmapFigure({ matrix, order, state, themes, datasetVersion, url, width = 760 }: HeatmapFigureProps) {
  const model = buildHeatmapModel(matrix, order, state.value, "light");
  const g = heatmapGeometry(
    order.map((_, p) => model.name(p)),
    width,
  );
  const pos = (slug: string) => order.indexOf(matrix.index.get(slug) ?? -1);
  const selected: [number, number] | null =
    state.cell && pos(state.cell[0]) >= 0 ? [pos(state.cell[0]), pos(state.cell[1])] : null;
  const bands =
    state.order === "theme"
      ? themeBands(matrix, order).map((b) => ({
          ...b,
          color: themeColor(themes.find((t) => t.slug === b.theme)?.position ?? 1),
        }))
      : [];
  const selection = selected
    ? { a: model.name(selected[0]), b: model.name(selected[1]), value: model.valueText(selected[0], selected[1]) }
    : null;
  const meta = heatmapFigureMeta({ order: state.order, measure: state.value, selection, datasetVersion, url });
  const legend: LegendItem[] = [
    {
      kind: "gradient",
      label: MEASURE_LABEL[state.value],
      stops: heatGradientStops("light"),
      low: formatValue(0, state.value),
      high: formatValue(model.max, state.value),
    },
    { kind: "hatch", label: "Not reported (never 0)" },
    { kind: "swatch", label: "Topic’s own videos (diagonal)", color: SCHEME_COLORS.light.diagonalFill },
    { kind: "outline", label: "Inconsistent in the source", color: SCHEME_COLORS.light.inconsistent },
  ];
  return (
    <ChartFigure meta={meta} chartWidth={g.width} chartHeight={g.height} legend={legend}>
      <HeatmapSvg model={model} width={width} bands={bands} selected={selected} idPrefix="fig-hm" />
    </ChartFigure>
  );
}
