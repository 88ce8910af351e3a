"use client";

import { useState } from "react";
import { downloadBlob, renderSvgMarkup, svgSize, svgToPng } from "@/lib/export";
import { toCsv } from "@/lib/domain/csv";
import { csvMetaHeader, treemapFigureMeta } from "@/lib/domain/figure";
import type { TreemapState } from "@/lib/domain/treemap/url";
import type { Phase, Theme, Topic } from "@/lib/schemas/api";
import { TreemapFigure } from "./TreemapFigure";

/** Downloads of the current view as a self-describing figure (SVG, PNG, light) and of the data behind it (CSV). */
export function ExportMenu({
  state,
  themes,
  topics,
  phases,
  datasetVersion,
}: {
  state: TreemapState;
  themes: Theme[];
  topics: Topic[];
  phases: Phase[];
  datasetVersion: string;
}) {
  const [error, setError] = useState<string | null>(null);
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
    try {
      const text = figure();
      const { width, height } = svgSize(text);
      downloadBlob(await svgToPng(text, width, height), `${base}.png`);
    } catch (e) {
      setError((e as Error).message);
    }
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

  const btn =
    "min-h-9 rounded-md border border-slate-300 px-2.5 py-1.5 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800";
  return (
    <div role="group" aria-label="Export" className="flex items-center gap-1">
      <span className="px-1 text-slate-600 dark:text-slate-400">Export</span>
      <button type="button" className={btn} onClick={exportSvg}>
        SVG
      </button>
      <button type="button" className={btn} onClick={exportPng}>
        PNG
      </button>
      <button type="button" className={btn} onClick={exportCsv}>
        CSV
      </button>
      {error && (
        <span role="alert" className="text-xs text-red-700 dark:text-red-400">
          {error}
        </span>
      )}
    </div>
  );
}
