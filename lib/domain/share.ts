/**
 * Shares as the paper reports them. The paper analysed 189 videos but every share it
 * prints equals videoCount / 178 (e.g. RAG Systems: 72 / 178 = 40.45 % → "40.4%").
 * We store the reported percentage and the denominator, and check one against the other.
 */

/** Exact percentage for a count over a denominator, unrounded. */
export function sharePercent(count: number, denominator: number): number {
  if (!(denominator > 0)) throw new RangeError(`denominator must be positive, got ${denominator}`);
  return (count / denominator) * 100;
}

/** One decimal, the precision the paper prints. */
export function roundShare(percent: number): number {
  return Math.round(percent * 10) / 10;
}

/**
 * Whether a reported one-decimal share is consistent with count/denominator.
 * "Within rounding" means the exact value lies within half a unit of the last printed
 * digit (0.05 points); the small epsilon absorbs floating-point noise at the boundary.
 */
export function shareMatches(reported: number, count: number, denominator: number): boolean {
  return Math.abs(reported - sharePercent(count, denominator)) <= 0.05 + 1e-9;
}

/** "40.4%" — how shares are shown everywhere. */
export function formatShare(percent: number): string {
  return `${percent.toFixed(1)}%`;
}
