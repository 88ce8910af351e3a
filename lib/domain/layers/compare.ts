/**
 * Two layers side by side: per topic or consideration either names, both decisions, and whether
 * they differ — in particular what one marked addressed and the other left open (to do, or not
 * in it at all). And a layer against the evidence alone (compareWithEvidence). Pure; the compare
 * page and its Markdown record render what these return.
 */
import type { Suggestion } from "../plan/suggestions";
import { formatShare } from "../share";
import type { LayerDocument, LayerItem, LayerItemKind, LayerStatus } from "./format";

export interface ComparedItem {
  kind: LayerItemKind;
  slug: string;
  a: LayerItem | null;
  b: LayerItem | null;
  /** The statuses differ (an item missing on one side counts as different). */
  differs: boolean;
  /** Which side marked it addressed while the other left it open (to do, or not in it). */
  addressedOnlyIn: "a" | "b" | null;
}

const open = (item: LayerItem | null) => item === null || item.status === "todo";
const addressed = (item: LayerItem | null) => item?.status === "addressed";

/** Every item of either layer: `a`'s order first, then what only `b` has, in `b`'s order. */
export function compareLayers(a: LayerDocument, b: LayerDocument): ComparedItem[] {
  const key = (i: LayerItem) => `${i.kind}:${i.slug}`;
  const inB = new Map(b.items.map((i) => [key(i), i]));
  const inA = new Map(a.items.map((i) => [key(i), i]));
  const rows = [...a.items, ...b.items.filter((i) => !inA.has(key(i)))].map((first): ComparedItem => {
    const left = inA.get(key(first)) ?? null;
    const right = inB.get(key(first)) ?? null;
    const status = (i: LayerItem | null): LayerStatus | null => i?.status ?? null;
    return {
      kind: first.kind,
      slug: first.slug,
      a: left,
      b: right,
      differs: status(left) !== status(right),
      addressedOnlyIn: addressed(left) && open(right) ? "a" : addressed(right) && open(left) ? "b" : null,
    };
  });
  return rows;
}

/** How many items differ, and how many each side addressed alone. */
export function comparisonCounts(rows: readonly ComparedItem[]) {
  return {
    items: rows.length,
    differ: rows.filter((r) => r.differs).length,
    addressedOnlyInA: rows.filter((r) => r.addressedOnlyIn === "a").length,
    addressedOnlyInB: rows.filter((r) => r.addressedOnlyIn === "b").length,
  };
}

/** What the evidence alone says about a topic, for a layer (see compareWithEvidence). */
export interface EvidenceStanding {
  videoCount: number;
  share: number;
  /** Rank among all topics by videos (1 = most; ties share the rank). */
  videoRank: number;
  /** The layer's picked topic (the plan's topics). */
  picked: boolean;
  /** Its rank among the plan's suggestions for the layer's picks (1 = most joint videos; ties share it), or null. */
  suggestion: { rank: number; count: number; with: string; provenance: "reported" | "computed" } | null;
  /** The evidence ranks it high: among the top HIGH_EVIDENCE_RANK by videos or by joint videos with the picks. */
  high: boolean;
}

/** How a layer's decision and the evidence meet for one topic. */
export type EvidenceVerdict =
  /** High evidence, and the layer leaves it open (to do) or untouched (not in it). */
  | "open-high-evidence"
  /** High evidence, and the layer decided against it (accepted risk, not relevant). */
  | "set-aside-high-evidence"
  /** The layer addressed it, though the evidence does not rank it high. */
  | "addressed-lower-evidence"
  /** They agree: high evidence addressed, or lower evidence not addressed. */
  | "agree";

export interface EvidenceRow {
  slug: string;
  name: string;
  item: LayerItem | null;
  evidence: EvidenceStanding;
  verdict: EvidenceVerdict;
  differs: boolean;
}

/** A topic ranks high on the evidence within this many places (by videos, or by joint videos with the picks). */
export const HIGH_EVIDENCE_RANK = 5;

export interface EvidenceTopic {
  slug: string;
  name: string;
  videoCount: number;
  share: number;
}

/**
 * A layer's topic decisions against the evidence alone: every topic of the catalogue with the layer's decision
 * (or none) and what the evidence says — its videos and rank (Mailach et al.), and, for the layer's picked
 * topics, the plan's ranking of what comes up together with them (`rankSuggestions`, the ranking /plan shows).
 * Rows: the picks in the layer's order, then the suggestions in rank order, then every other topic by videos.
 */
export function compareWithEvidence(
  layer: LayerDocument,
  topics: readonly EvidenceTopic[],
  suggestions: ReadonlyArray<Pick<Suggestion, "slug" | "count" | "provenance"> & { evidence: { with: string } }>,
): EvidenceRow[] {
  const items = new Map(layer.items.filter((i) => i.kind === "topic").map((i) => [i.slug, i]));
  const picks = layer.items.filter((i) => i.kind === "topic" && i.picked !== false).map((i) => i.slug);
  const known = new Map(topics.map((t) => [t.slug, t]));
  const videoRank = (t: EvidenceTopic) => 1 + topics.filter((o) => o.videoCount > t.videoCount).length;
  // Ties share a rank (1 + how many have more joint videos), as they share one by videos.
  const rankOf = new Map(suggestions.map((s) => [s.slug, 1 + suggestions.filter((o) => o.count > s.count).length]));
  const bySuggestion = new Map(suggestions.map((s) => [s.slug, s]));
  const byVideos = [...topics].sort((x, y) => y.videoCount - x.videoCount || topics.indexOf(x) - topics.indexOf(y));
  const slugs = [
    ...new Set([
      ...picks.filter((s) => known.has(s)),
      ...suggestions.map((s) => s.slug),
      ...byVideos.map((t) => t.slug),
    ]),
  ];
  return slugs.map((slug): EvidenceRow => {
    const topic = known.get(slug)!;
    const s = bySuggestion.get(slug);
    const rank = rankOf.get(slug);
    const evidence: EvidenceStanding = {
      videoCount: topic.videoCount,
      share: topic.share,
      videoRank: videoRank(topic),
      picked: picks.includes(slug),
      suggestion: s && rank ? { rank, count: s.count, with: s.evidence.with, provenance: s.provenance } : null,
      high: false,
    };
    evidence.high =
      evidence.videoRank <= HIGH_EVIDENCE_RANK || (evidence.suggestion?.rank ?? Infinity) <= HIGH_EVIDENCE_RANK;
    const item = items.get(slug) ?? null;
    const status = item?.status ?? null;
    const verdict: EvidenceVerdict = evidence.high
      ? status === null || status === "todo"
        ? "open-high-evidence"
        : status === "addressed"
          ? "agree"
          : "set-aside-high-evidence"
      : status === "addressed"
        ? "addressed-lower-evidence"
        : "agree";
    return { slug, name: topic.name, item, evidence, verdict, differs: verdict !== "agree" };
  });
}

/** How many topics fall under each verdict. */
export function evidenceCounts(rows: readonly EvidenceRow[]): Record<EvidenceVerdict, number> & { topics: number } {
  const counts = {
    topics: rows.length,
    "open-high-evidence": 0,
    "set-aside-high-evidence": 0,
    "addressed-lower-evidence": 0,
    agree: 0,
  };
  for (const r of rows) counts[r.verdict]++;
  return counts;
}

/** What a verdict says, in the words the page and the Markdown record use. */
export const VERDICT_TEXT: Record<EvidenceVerdict, string> = {
  "open-high-evidence": "high evidence, left open in the plan",
  "set-aside-high-evidence": "high evidence, set aside in the plan",
  "addressed-lower-evidence": "addressed in the plan, lower evidence",
  agree: "the plan and the evidence agree",
};

/** The evidence for a topic in one line: its rank among the suggestions, or its videos and rank by videos. */
export function evidenceText(e: EvidenceStanding, nameOf: (slug: string) => string, total: number): string {
  const videos = `${e.videoCount} videos (${formatShare(e.share)}), #${e.videoRank} of ${total} by videos`;
  if (e.picked) return `one of the plan’s topics · ${videos}`;
  if (e.suggestion)
    return (
      `suggestion #${e.suggestion.rank}: ${e.suggestion.count} joint videos with ${nameOf(e.suggestion.with)} ` +
      `(${e.suggestion.provenance}) · ${videos}`
    );
  return videos;
}

/** `b=evidence`: compare the layer `a` against the evidence alone. */
export const EVIDENCE_SIDE = "evidence";

/** The compare URL of two layers, or of a layer against the evidence; `.md` for its Markdown record. */
export function comparePath(a: string, b: string, markdown = false): string {
  return `/layers/compare${markdown ? ".md" : ""}?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`;
}

/** What a compare link's `a` and `b` name, as read from its query (first value of each). */
export type CompareQuery = { a: string | null; b: string | null };

/** How one side of a compare link resolved. */
export type SideLookup = "found" | "missing" | "gone" | "malformed";

/**
 * Why a compare link shows nothing, naming every bad side: `400` when a side is not given, `404` when a side
 * names no team plan (or is not an id at all), `410` when every bad side was deleted; null when both resolve.
 */
export function compareProblem(
  query: CompareQuery,
  lookup: { a: SideLookup | null; b: SideLookup | null },
): { status: 400 | 404 | 410; message: string } | null {
  if (query.a === null || query.b === null)
    return {
      status: 400,
      message: `Give a team plan as a=<id>, and b=<id> or b=${EVIDENCE_SIDE} (missing: ${[
        query.a === null ? "a" : "",
        query.b === null ? "b" : "",
      ]
        .filter(Boolean)
        .join(", ")})`,
    };
  const bad = (["a", "b"] as const).flatMap((side) => {
    const state = lookup[side];
    if (state === null || state === "found") return [];
    const value = query[side]!;
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    const why =
      state === "gone"
        ? "was deleted"
        : state === "malformed"
          ? "is not a team plan id (24 letters, digits, - or _)"
          : "names no team plan";
    return [{ state, text: `${side} = “${shown}” ${why}` }];
  });
  if (bad.length === 0) return null;
  return {
    status: bad.every((b) => b.state === "gone") ? 410 : 404,
    message: `Nothing to compare: ${bad.map((b) => b.text).join("; ")}.`,
  };
}
