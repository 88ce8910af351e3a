/**
 * Arrow-key navigation between treemap tiles by geometry: the next tile is the nearest
 * one whose centre lies in the pressed direction, preferring tiles straight ahead over
 * ones off to the side.
 */
import type { Rect } from "./layout";

export type Direction = "left" | "right" | "up" | "down";

const center = (r: Rect) => [(r.x0 + r.x1) / 2, (r.y0 + r.y1) / 2] as const;

export function neighbour<T extends Rect & { slug: string }>(
  tiles: readonly T[],
  fromSlug: string,
  direction: Direction,
): T | undefined {
  const from = tiles.find((t) => t.slug === fromSlug);
  if (!from) return tiles[0];
  const [fx, fy] = center(from);
  let best: T | undefined;
  let bestScore = Infinity;
  for (const t of tiles) {
    if (t === from) continue;
    const [tx, ty] = center(t);
    const dx = tx - fx;
    const dy = ty - fy;
    const ahead = direction === "left" ? -dx : direction === "right" ? dx : direction === "up" ? -dy : dy;
    const side = direction === "left" || direction === "right" ? Math.abs(dy) : Math.abs(dx);
    // Overlapping spans count as straight ahead.
    const overlaps =
      direction === "left" || direction === "right"
        ? t.y0 < from.y1 && t.y1 > from.y0
        : t.x0 < from.x1 && t.x1 > from.x0;
    if (ahead <= 0.5) continue;
    const score = ahead + (overlaps ? 0 : 2 * side);
    if (score < bestScore) {
      bestScore = score;
      best = t;
    }
  }
  return best;
}
