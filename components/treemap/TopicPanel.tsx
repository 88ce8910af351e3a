"use client";

import dynamic from "next/dynamic";
import type { Phase, TopicDetail } from "@/lib/schemas/api";
import type { TreemapTheme, TreemapTopic } from "@/lib/domain/treemap/explorer-input";

// The details (and with them TanStack Query and the API client) load with the first selection; a shared
// link that names a topic renders them on the server, so their code comes with that page.
const TopicDetails = dynamic(() => import("./TopicDetails").then((m) => m.TopicDetails), {
  loading: () => (
    <aside aria-label="Topic details" className="rounded-xl border border-slate-200 p-5 dark:border-slate-800">
      <p className="text-sm text-slate-500">Loading…</p>
    </aside>
  ),
});

/** The selected topic's details, or what to do when nothing is selected. */
export function TopicPanel({
  slug,
  initial,
  themes,
  topics,
  phases,
  onClose,
  emptyHint,
}: {
  slug: string | null;
  initial: TopicDetail | null;
  themes: TreemapTheme[];
  topics: TreemapTopic[];
  phases: Phase[];
  onClose: () => void;
  /** What to do next when nothing is selected (depends on the treemap's zoom). */
  emptyHint?: string;
}) {
  if (!slug) {
    return (
      <aside
        aria-label="Topic details"
        className={
          "rounded-xl border border-dashed border-slate-300 p-5 text-sm " +
          "text-slate-600 dark:border-slate-700 dark:text-slate-400"
        }
      >
        <p className="font-medium text-slate-800 dark:text-slate-200">Select a topic</p>
        <p className="mt-1" data-testid="topic-panel-hint">
          {emptyHint ??
            "Click a theme to zoom in, then a topic to see what practitioners said about it and what comes up with it."}
        </p>
      </aside>
    );
  }

  return (
    <TopicDetails slug={slug} initial={initial} themes={themes} topics={topics} phases={phases} onClose={onClose} />
  );
}
