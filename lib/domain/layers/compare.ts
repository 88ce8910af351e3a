/**
 * Two layers side by side: per topic or consideration either names, both decisions, and whether
 * they differ — in particular what one marked addressed and the other left open (to do, or not
 * in it at all). Pure; the compare page and its Markdown render what it returns.
 */
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
