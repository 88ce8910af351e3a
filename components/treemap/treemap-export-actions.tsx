/**
 * The treemap's downloads, imported on the first click of an export button (see ExportMenu): the
 * figure components, the figure metadata, CSV and the off-page renderer stay out of the page's first load.
 */
import { downloadBlob, renderSvgMarkup, svgSize, svgToPng } from "@/lib/export";
import { toCsv } from "@/lib/domain/csv";
import { csvMetaHeader, treemapFigureMeta } from "@/lib/domain/figure";
import type { TreemapState } from "@/lib/domain/treemap/url";
import type { Phase } from "@/lib/schemas/api";
import type { TreemapTheme, TreemapTopic } from "@/lib/domain/treemap/explorer-input";
import { TreemapFigure } from "./TreemapFigure";

export interface TreemapExportInput {
  state: TreemapState;
  themes: TreemapTheme[];
  topics: TreemapTopic[];
  phases: Phase[];
  datasetVersion: string;
}

/** The current view as a self-describing figure (SVG, PNG, light) or the data behind it (CSV). */
export async function exportTreemap(
  kind: "svg" | "png" | "csv",
  { state, themes, topics, phases, datasetVersion }: TreemapExportInput,
): Promise<void> {
  const zoom = state.zoom;
  const base = `llm-knowledge-map-treemap${zoom ? `-${zoom}` : ""}`;
  const figure = () =>
    renderSvgMarkup(
      <TreemapFigure
        state={state}
        themes={themes}
        topics={topics}
        phases={phases}
        datasetVersion={datasetVersion}
        url={window.location.href}
      />,
    );

  const exportSvg = () => downloadBlob(new Blob([figure()], { type: "image/svg+xml" }), `${base}.svg`);
  const exportPng = async () => {
    const text = figure();
    const { width, height } = svgSize(text);
    downloadBlob(await svgToPng(text, width, height), `${base}.png`);
  };
  const exportCsv = () => {
    const themeName = new Map(themes.map((t) => [t.slug, t.name]));
    const phaseName = new Map(phases.map((p) => [p.slug, p.name]));
    const rows = topics
      .filter((t) => !zoom || t.theme === zoom)
      .map((t) => [
        t.theme,
        themeName.get(t.theme)!,
        t.slug,
        t.name,
        t.videoCount,
        t.share.toFixed(1),
        t.shareDenominator,
        t.section,
        t.phases.map((p) => phaseName.get(p)).join("; "),
      ]);
    const selected = topics.find((t) => t.slug === state.topic);
    const header = csvMetaHeader(
      treemapFigureMeta({
        zoomedTheme: zoom ? (themeName.get(zoom) ?? zoom) : null,
        selectedTopic: selected?.name ?? null,
        color: state.color,
        datasetVersion,
        url: window.location.href,
      }),
    );
    const csv = toCsv(
      [
        "theme_slug",
        "theme",
        "topic_slug",
        "topic",
        "video_count",
        "share_percent",
        "share_denominator",
        "paper_section",
        "phases_editorial",
      ],
      rows,
    );
    downloadBlob(new Blob([header + csv], { type: "text/csv;charset=utf-8" }), `${base}.csv`);
  };

  if (kind === "svg") exportSvg();
  else if (kind === "png") await exportPng();
  else exportCsv();
}
