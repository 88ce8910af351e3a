/**
 * Row/column orders of the heatmap. Every order is a permutation of topic indices.
 */
import { averageLinkage, optimalLeafOrder } from "./cluster";
import { jaccard, type CooccurrenceMatrix } from "./matrix";

import type { Ordering } from "./options";

export { ORDERINGS, type Ordering } from "./options";

export const ORDERING_LABEL: Record<Ordering, string> = {
  theme: "By theme",
  count: "By video count",
  alpha: "Alphabetical",
  cluster: "Clustered",
};

export const ORDERING_EXPLANATION: Record<Ordering, string> = {
  theme: "Grouped by theme in the paper’s order, topics in the paper’s order within each theme.",
  count: "Topics with the most videos first.",
  alpha: "Topics in alphabetical order.",
  cluster:
    "Topics often discussed together sit next to each other: " +
    "average-linkage clustering on 1 − Jaccard, with optimal leaf " +
    "ordering. Pairs without a count are treated as unrelated.",
};

/** `themeOrder` lists theme slugs in their order; topics arrive in their in-theme order. */
export function orderTopics(m: CooccurrenceMatrix, ordering: Ordering, themeOrder: readonly string[]): number[] {
  const idx = m.topics.map((_, i) => i);
  const name = (i: number) => m.topics[i].name;
  switch (ordering) {
    case "theme": {
      const rank = new Map(themeOrder.map((s, i) => [s, i]));
      return idx.sort((a, b) => (rank.get(m.topics[a].theme) ?? 1e9) - (rank.get(m.topics[b].theme) ?? 1e9) || a - b);
    }
    case "count":
      return idx.sort((a, b) => m.topics[b].videoCount - m.topics[a].videoCount || name(a).localeCompare(name(b)));
    case "alpha":
      return idx.sort((a, b) => name(a).localeCompare(name(b)));
    case "cluster": {
      const n = m.topics.length;
      if (n < 3) return idx;
      const dist = new Float64Array(n * n);
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) {
          // Raw Jaccard from the counts as printed, the inconsistent pair included (as before
          // cellValue withheld shares of impossible pairs), so the clustered order is unchanged.
          const joint = m.counts[i * n + j];
          dist[i * n + j] =
            i === j || Number.isNaN(joint)
              ? i === j
                ? 0
                : 1
              : 1 - jaccard(joint, m.topics[i].videoCount, m.topics[j].videoCount);
        }
      return optimalLeafOrder(averageLinkage(dist, n), dist, n);
    }
  }
}

/** Contiguous runs of one theme in an order: the bands drawn beside the "by theme" matrix. */
export function themeBands(
  m: CooccurrenceMatrix,
  order: readonly number[],
): Array<{ theme: string; start: number; end: number }> {
  const bands: Array<{ theme: string; start: number; end: number }> = [];
  order.forEach((topicIndex, pos) => {
    const theme = m.topics[topicIndex].theme;
    const last = bands[bands.length - 1];
    if (last && last.theme === theme) last.end = pos + 1;
    else bands.push({ theme, start: pos, end: pos + 1 });
  });
  return bands;
}

/**
 * Orders depend only on the data: remembered per matrix object (weakly, so they go with it),
 * so switching back is instant and new data (a refetch) never reuses an order computed for the old one.
 */
const ORDERS = new WeakMap<CooccurrenceMatrix, Map<Ordering, number[]>>();
export function rememberedOrder(m: CooccurrenceMatrix, ordering: Ordering, themeOrder: readonly string[]): number[] {
  let byOrdering = ORDERS.get(m);
  if (!byOrdering) ORDERS.set(m, (byOrdering = new Map()));
  let order = byOrdering.get(ordering);
  if (!order) byOrdering.set(ordering, (order = orderTopics(m, ordering, themeOrder)));
  return order;
}
