"use client";

import { useState, type RefObject } from "react";
import { downloadBlob, standaloneSvg, svgToPng } from "@/lib/export";
import { toCsv } from "@/lib/domain/csv";
import type { Phase, Theme, Topic } from "@/lib/schemas/api";

/** Downloads of the current view (SVG, PNG) and of the data behind it (CSV). */
export function ExportMenu({ svgHost, themes, topics, phases, zoom }: { svgHost: RefObject<HTMLDivElement | null>; themes: Theme[]; topics: Topic[]; phases: Phase[]; zoom: string | null }) {
  const [error, setError] = useState<string | null>(null);
  const base = `llm-knowledge-map-treemap${zoom ? `-${zoom}` : ""}`;
  const visibleSvg = () => Array.from(svgHost.current?.querySelectorAll("svg") ?? []).find((s) => s.getBoundingClientRect().width > 0) ?? null;

  const exportSvg = () => {
    const svg = visibleSvg();
    if (!svg) return setError("Switch to the chart view to export an image.");
    downloadBlob(new Blob([standaloneSvg(svg)], { type: "image/svg+xml" }), `${base}.svg`);
  };
  const exportPng = async () => {
    const svg = visibleSvg();
    if (!svg) return setError("Switch to the chart view to export an image.");
    const { width, height } = svg.getBoundingClientRect();
    try {
      downloadBlob(await svgToPng(standaloneSvg(svg), width, height), `${base}.png`);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const exportCsv = () => {
    const themeName = new Map(themes.map((t) => [t.slug, t.name]));
    const phaseName = new Map(phases.map((p) => [p.slug, p.name]));
    const rows = topics
      .filter((t) => !zoom || t.theme === zoom)
      .map((t) => [t.theme, themeName.get(t.theme)!, t.slug, t.name, t.videoCount, t.share.toFixed(1), t.shareDenominator, t.section, t.phases.map((p) => phaseName.get(p)).join("; ")]);
    const csv = toCsv(["theme_slug", "theme", "topic_slug", "topic", "video_count", "share_percent", "share_denominator", "paper_section", "phases_editorial"], rows);
    downloadBlob(new Blob([csv], { type: "text/csv;charset=utf-8" }), `${base}.csv`);
  };

  const btn = "rounded-md border border-slate-300 px-2.5 py-1.5 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800";
  return (
    <div role="group" aria-label="Export" className="flex items-center gap-1">
      <span className="px-1 text-slate-600 dark:text-slate-400">Export</span>
      <button type="button" className={btn} onClick={exportSvg}>SVG</button>
      <button type="button" className={btn} onClick={exportPng}>PNG</button>
      <button type="button" className={btn} onClick={exportCsv}>CSV</button>
      {error && <span role="alert" className="text-xs text-red-700 dark:text-red-400">{error}</span>}
    </div>
  );
}
