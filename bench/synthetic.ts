/**
 * Synthetic co-occurrence data for benchmarks: never shown, never stored. A seeded
 * generator, so every run measures the same input.
 */
import type { Assignment } from "../lib/domain/heatmap/cooccurrence";

export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    // mulberry32
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `videos` videos with 2–6 topics each, topic popularity falling off like 1/rank. */
export function syntheticAssignments(
  topics: number,
  videos: number,
  seed = 42,
): { slugs: string[]; assignments: Assignment[] } {
  const rand = seededRandom(seed);
  const slugs = Array.from({ length: topics }, (_, i) => `topic-${String(i + 1).padStart(3, "0")}`);
  const weights = slugs.map((_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  weights.reduce((acc, w, i) => (cumulative[i] = acc + w / total), 0);
  const pick = () => {
    const x = rand();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return slugs[lo];
  };
  const assignments: Assignment[] = [];
  for (let v = 1; v <= videos; v++) {
    const k = 2 + Math.floor(rand() * 5);
    const set = new Set<string>();
    while (set.size < k) set.add(pick());
    for (const t of set) assignments.push({ videoId: `V${v}`, topicSlug: t });
  }
  return { slugs, assignments };
}
