/**
 * The heatmap of one dataset version, from that version's stored snapshot: the same shape as /api/v1/cooccurrence
 * (topics in theme order, every pair once), built with the same precedence as the stored matrix (buildPairRows).
 */
import type { Catalogue } from "../../content/parse";
import type { Cooccurrence, TopicPair } from "../../schemas/api";
import { buildPairRows } from "./cooccurrence";
import type { HeatmapTheme, HeatmapTopic } from "./explorer-input";

type Snapshot = Pick<Catalogue, "themes" | "topics" | "pairs" | "assignments">;

/** The snapshot's topics in the site's order: by theme position, then the topic's position in its theme. */
export function snapshotTopics(snap: Pick<Catalogue, "themes" | "topics">): HeatmapTopic[] {
  const themePosition = new Map(snap.themes.map((t) => [t.slug, t.position]));
  return [...snap.topics]
    .sort((a, b) => themePosition.get(a.theme)! - themePosition.get(b.theme)! || a.position - b.position)
    .map(({ slug, name, theme, videoCount }) => ({ slug, name, theme, videoCount }));
}

export function snapshotThemes(snap: Pick<Catalogue, "themes">): HeatmapTheme[] {
  return snap.themes.map(({ slug, name, position }) => ({ slug, name, position }));
}

export function snapshotCooccurrence(snap: Snapshot): Cooccurrence {
  const topics = snapshotTopics(snap).map((t) => t.slug);
  const rows = buildPairRows(topics, snap.pairs, snap.assignments ?? []);
  const pairs: TopicPair[] = rows.map((r) => ({
    a: r.topicA,
    b: r.topicB,
    count: r.count,
    provenance: r.provenance,
    evidence: r.evidence,
    kind: r.kind,
    note: r.note,
    computedCount: r.computedCount,
  }));
  return { topics, pairs };
}
