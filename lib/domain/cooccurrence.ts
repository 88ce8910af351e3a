/**
 * Building the stored topic-pair matrix. Precedence, strongest evidence first:
 *   1. reported — the paper states the count in its text (we keep the sentence);
 *   2. computed — counted from stored video→topic assignments, when any exist;
 *   3. not_reported — unknown. The count is null, never 0.
 */
import { allPairs, pairKey, type Provenance } from "./pairs";

export interface PairRow {
  topicA: string;
  topicB: string;
  count: number | null;
  provenance: Provenance;
  evidence: string | null;
  note: string | null;
}

export interface ReportedPair {
  a: string;
  b: string;
  count: number;
  evidence: string;
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
    if (r) return { topicA, topicB, count: r.count, provenance: "reported", evidence: r.evidence, note: r.note ?? null };
    if (joint) return { topicA, topicB, count: joint.get(key) ?? 0, provenance: "computed", evidence: null, note: null };
    return { topicA, topicB, count: null, provenance: "not_reported", evidence: null, note: null };
  });
}
