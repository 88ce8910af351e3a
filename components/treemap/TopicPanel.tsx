"use client";

import dynamic from "next/dynamic";
import type { Phase, TopicDetail } from "@/lib/schemas/api";
import type { TreemapTheme, TreemapTopic } from "@/lib/domain/treemap/explorer-input";
import { TileList } from "./TileList";

// The details (and with them TanStack Query and the API client) load with the first selection; a shared
// link that names a topic renders them on the server, so their code comes with that page.
const TopicDetails = dynamic(() => import("./TopicDetails").then((m) => m.TopicDetails), {
  loading: () => (
    <aside aria-label="Topic details" className="rounded-xl border border-slate-200 p-5 dark:border-slate-800">
      <p className="text-sm text-slate-500">Loading…</p>
    </aside>
  ),
});

/** The selected topic's details, or, when nothing is selected, every tile of the map by name. */
export function TopicPanel({
  slug,
  initial,
  themes,
  topics,
  phases,
  onClose,
  emptyHint,
  zoom = null,
  topicHref = (t) => `?topic=${t}`,
  onSelect = () => undefined,
}: {
  slug: string | null;
  initial: TopicDetail | null;
  themes: TreemapTheme[];
  topics: TreemapTopic[];
  phases: Phase[];
  onClose: () => void;
  /** What to do next when nothing is selected (depends on the treemap's zoom). */
  emptyHint?: string;
  /** The theme zoomed into: with nothing selected, the panel lists that theme's tiles (all tiles when null). */
  zoom?: string | null;
  /** The link that selects a topic, and what a click on it does. */
  topicHref?: (slug: string) => string;
  onSelect?: (slug: string) => void;
}) {
  if (!slug) {
    return (
      <TileList
        themes={themes}
        topics={topics}
        zoom={zoom}
        hint={
          emptyHint ??
          "Click a theme to zoom in, then a topic to see what practitioners said about it and what comes up with it."
        }
        topicHref={topicHref}
        onSelect={onSelect}
      />
    );
  }

  return (
    <TopicDetails slug={slug} initial={initial} themes={themes} topics={topics} phases={phases} onClose={onClose} />
  );
}
