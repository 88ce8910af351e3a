"use client";

import { IntentLink as Link } from "@/components/IntentLink";
import { useMemo, useState } from "react";
import { formatShare } from "@/lib/domain/share";
import type { Phase } from "@/lib/schemas/api";
import type { TreemapTheme, TreemapTopic } from "@/lib/domain/treemap/explorer-input";

type SortKey = "topic" | "theme" | "videos";
const COLUMNS: Array<{ key: SortKey | null; label: string; numeric?: boolean }> = [
  { key: "topic", label: "Topic" },
  { key: "theme", label: "Theme" },
  { key: "videos", label: "Videos", numeric: true },
  { key: null, label: "Share", numeric: true },
  { key: null, label: "Phases (editorial)" },
];

/** The treemap's data as a sortable table: the accessible alternative to the chart. */
export function TreemapTable({
  themes,
  topics,
  phases,
  selected,
  onSelect,
}: {
  themes: TreemapTheme[];
  topics: TreemapTopic[];
  phases: Phase[];
  selected: string | null;
  onSelect: (slug: string) => void;
}) {
  const [sort, setSort] = useState<{ key: SortKey; dir: "ascending" | "descending" }>({
    key: "videos",
    dir: "descending",
  });
  const themeName = useMemo(() => new Map(themes.map((t) => [t.slug, t.name])), [themes]);
  const phaseName = useMemo(() => new Map(phases.map((p) => [p.slug, p.name])), [phases]);
  const rows = useMemo(() => {
    const value = (t: TreemapTopic) =>
      sort.key === "videos" ? t.videoCount : sort.key === "theme" ? themeName.get(t.theme)! : t.name;
    return [...topics].sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      const c = typeof va === "number" && typeof vb === "number" ? va - vb : String(va).localeCompare(String(vb));
      return (sort.dir === "ascending" ? c : -c) || a.name.localeCompare(b.name);
    });
  }, [topics, sort, themeName]);

  const toggle = (key: SortKey) =>
    setSort((s) =>
      s.key === key
        ? { key, dir: s.dir === "ascending" ? "descending" : "ascending" }
        : { key, dir: key === "videos" ? "descending" : "ascending" },
    );

  return (
    // Below 640 px each row reflows into a card (label: value lines), so every value stays visible at 360 px.
    <div>
      <table className="w-full text-left text-sm max-sm:block" data-testid="treemap-table">
        <caption className="sr-only">
          Topics with their theme, video count, share and lifecycle phases. Column headers sort.
        </caption>
        <thead
          className={"border-b border-slate-200 text-slate-600 max-sm:block dark:border-slate-800 dark:text-slate-400"}
        >
          <tr className="max-sm:flex max-sm:flex-wrap max-sm:gap-x-3">
            {COLUMNS.map((c) => (
              <th
                key={c.label}
                scope="col"
                aria-sort={c.key && sort.key === c.key ? sort.dir : undefined}
                className={`py-2 pr-3 font-medium ${c.numeric ? "text-right" : ""} ${c.key ? "" : "max-sm:hidden"}`}
              >
                {c.key ? (
                  <button
                    type="button"
                    onClick={() => toggle(c.key!)}
                    className="inline-flex items-center gap-1 hover:text-slate-900 dark:hover:text-white"
                  >
                    {c.label}
                    <span aria-hidden="true">{sort.key === c.key ? (sort.dir === "ascending" ? "▲" : "▼") : "↕"}</span>
                  </button>
                ) : (
                  c.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="max-sm:block">
          {rows.map((t) => (
            <tr
              key={t.slug}
              aria-selected={selected === t.slug}
              className={
                `border-b border-slate-100 max-sm:block max-sm:py-2 ` +
                `dark:border-slate-800/70 ` +
                `${selected === t.slug ? "bg-sky-50 dark:bg-sky-950" : ""}`
              }
            >
              <th scope="row" className="py-2 pr-3 font-normal max-sm:block max-sm:py-1">
                <button
                  type="button"
                  onClick={() => onSelect(t.slug)}
                  className="text-left text-sky-700 underline dark:text-sky-400"
                >
                  {t.name}
                </button>
              </th>
              <td
                data-label="Theme"
                className={
                  "py-2 pr-3 max-sm:flex max-sm:justify-between max-sm:gap-3 " +
                  "max-sm:py-0.5 max-sm:text-right max-sm:before:text-left " +
                  "max-sm:before:text-slate-600 max-sm:before:content-[attr(data-label)] " +
                  "dark:max-sm:before:text-slate-400"
                }
              >
                <Link href={`/themes/${t.theme}`} className="hover:underline">
                  {themeName.get(t.theme)}
                </Link>
              </td>
              <td
                data-label="Videos"
                className={
                  "py-2 pr-3 text-right tabular-nums max-sm:flex max-sm:justify-between " +
                  "max-sm:gap-3 max-sm:py-0.5 max-sm:text-right max-sm:before:text-left " +
                  "max-sm:before:text-slate-600 max-sm:before:content-[attr(data-label)] " +
                  "dark:max-sm:before:text-slate-400"
                }
              >
                {t.videoCount}
              </td>
              <td
                data-label="Share"
                className={
                  "py-2 pr-3 text-right tabular-nums max-sm:flex max-sm:justify-between " +
                  "max-sm:gap-3 max-sm:py-0.5 max-sm:text-right max-sm:before:text-left " +
                  "max-sm:before:text-slate-600 max-sm:before:content-[attr(data-label)] " +
                  "dark:max-sm:before:text-slate-400"
                }
              >
                {formatShare(t.share)}
              </td>
              <td
                data-label="Phases (editorial)"
                className={
                  "py-2 text-slate-600 dark:text-slate-400 max-sm:flex " +
                  "max-sm:justify-between max-sm:gap-3 max-sm:py-0.5 max-sm:text-right " +
                  "max-sm:before:text-left max-sm:before:text-slate-600 " +
                  "max-sm:before:content-[attr(data-label)] " +
                  "dark:max-sm:before:text-slate-400"
                }
              >
                {t.phases.map((p) => phaseName.get(p)).join(", ")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
