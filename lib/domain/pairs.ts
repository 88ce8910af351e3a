/**
 * Topic pairs are unordered: (a, b) and (b, a) are the same pair. We store and serve
 * each pair once, with its two slugs in a canonical (alphabetical) order.
 */
export type Provenance = "reported" | "computed" | "not_reported";

export function canonicalPair(a: string, b: string): [string, string] {
  return a <= b ? [a, b] : [b, a];
}

export function pairKey(a: string, b: string): string {
  const [x, y] = canonicalPair(a, b);
  return `${x}|${y}`;
}

/** Every unordered pair of distinct slugs, each once, in canonical order. */
export function allPairs(slugs: readonly string[]): Array<[string, string]> {
  const sorted = [...slugs].sort();
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) pairs.push([sorted[i], sorted[j]]);
  }
  return pairs;
}

/**
 * A pair as a heatmap cell: the topic with more videos is the row (ties by slug), so a link reads the way people
 * name the pair ("RAG Systems × Evaluation") and every page links a pair to the same cell.
 */
export function cellOf<T extends { slug: string; videoCount: number }>(a: T, b: T): [T, T] {
  if (a.videoCount !== b.videoCount) return a.videoCount > b.videoCount ? [a, b] : [b, a];
  return a.slug <= b.slug ? [a, b] : [b, a];
}

/** The heatmap's URL with one cell selected: /cooccurrence?cell=<row>~<column>, optionally at a dataset version. */
export function cellHref(row: string, column: string, version?: string): string {
  return `${version ? `/v/${version}` : ""}/cooccurrence?cell=${row}~${column}`;
}
