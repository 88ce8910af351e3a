/**
 * Building the stored topic-pair matrix. Precedence, strongest evidence first:
 *   1. reported — the paper states the count in its text (we keep the sentence);
 *   2. computed — counted from stored video→topic assignments, when any exist;
 *   3. not_reported — unknown. The count is null, never 0.
 */
import { allPairs, pairKey, type Provenance } from "../pairs";
import type { PairKind } from "../paper/pair-kind";

export interface PairRow {
  topicA: string;
  topicB: string;
  count: number | null;
  provenance: Provenance;
  evidence: string | null;
  note: string | null;
  /** The paper's group for a reported pair (Section IV-B); null for pairs it does not report. */
  kind: PairKind | null;
  /** Joint videos counted from assignments, whenever any exist: lets reported counts be checked. */
  computedCount: number | null;
}

export interface ReportedPair {
  a: string;
  b: string;
  count: number;
  evidence: string;
  /** The paper's group of the pair (Section IV-B); absent in snapshots of versions before 1.2.0. */
  kind?: PairKind;
  note?: string;
}

export interface Assignment {
  videoId: string;
  topicSlug: string;
}

/** Joint-video counts for every pair that occurs together in at least one video. */
export function countJointVideos(assignments: readonly Assignment[]): Map<string, number> {
  const topicsByVideo = new Map<string, Set<string>>();
  for (const { videoId, topicSlug } of assignments) {
    let set = topicsByVideo.get(videoId);
    if (!set) topicsByVideo.set(videoId, (set = new Set()));
    set.add(topicSlug);
  }
  const counts = new Map<string, number>();
  for (const topics of topicsByVideo.values()) {
    const list = [...topics];
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const key = pairKey(list[i], list[j]);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  return counts;
}

export function buildPairRows(
  topicSlugs: readonly string[],
  reported: readonly ReportedPair[],
  assignments: readonly Assignment[],
): PairRow[] {
  const reportedByKey = new Map(reported.map((p) => [pairKey(p.a, p.b), p]));
  const joint = assignments.length > 0 ? countJointVideos(assignments) : undefined;
  return allPairs(topicSlugs).map(([topicA, topicB]) => {
    const key = pairKey(topicA, topicB);
    const r = reportedByKey.get(key);
    const computedCount = joint ? (joint.get(key) ?? 0) : null;
    if (r)
      return {
        topicA,
        topicB,
        count: r.count,
        provenance: "reported",
        evidence: r.evidence,
        note: r.note ?? null,
        kind: r.kind ?? null,
        computedCount,
      };
    if (joint)
      return {
        topicA,
        topicB,
        count: computedCount,
        provenance: "computed",
        evidence: null,
        note: null,
        kind: null,
        computedCount,
      };
    return {
      topicA,
      topicB,
      count: null,
      provenance: "not_reported",
      evidence: null,
      note: null,
      kind: null,
      computedCount,
    };
  });
}

/** Distinct videos per topic in a set of assignments. */
export function countVideosPerTopic(assignments: readonly Assignment[]): Map<string, number> {
  const videos = new Map<string, Set<string>>();
  for (const { videoId, topicSlug } of assignments) {
    let set = videos.get(topicSlug);
    if (!set) videos.set(topicSlug, (set = new Set()));
    set.add(videoId);
  }
  return new Map([...videos].map(([slug, set]) => [slug, set.size]));
}

export interface Disagreement {
  kind: "topic" | "pair";
  label: string;
  reported: number;
  computed: number;
}

/** Where counts computed from assignments differ from what the paper reports. */
export function findDisagreements(
  topics: ReadonlyArray<{ slug: string; videoCount: number }>,
  reported: readonly ReportedPair[],
  assignments: readonly Assignment[],
): Disagreement[] {
  const perTopic = countVideosPerTopic(assignments);
  const joint = countJointVideos(assignments);
  const out: Disagreement[] = [];
  for (const t of topics) {
    const computed = perTopic.get(t.slug) ?? 0;
    if (computed !== t.videoCount) out.push({ kind: "topic", label: t.slug, reported: t.videoCount, computed });
  }
  for (const p of reported) {
    const computed = joint.get(pairKey(p.a, p.b)) ?? 0;
    if (computed !== p.count) out.push({ kind: "pair", label: `${p.a} × ${p.b}`, reported: p.count, computed });
  }
  return out;
}
