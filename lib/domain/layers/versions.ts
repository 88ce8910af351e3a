/**
 * A layer made on an older dataset version, read under the current one: per topic or consideration it names,
 * what changed between the two versions — new evidence (pairs and quotes added), changed figures, reworded
 * texts, retired entries. The changes are the changelog's own (`compareSnapshots`, lib/domain/release/compare.ts),
 * computed from the two versions' snapshots; this only picks the ones that touch the layer's items.
 */
import { describeChange, type EntryChange } from "../release/compare";
import type { LayerDocument, LayerItemKind } from "./format";

export interface LayerItemChange {
  kind: LayerItemKind;
  slug: string;
  name: string;
  /** The entry itself: added, retired (removed) or changed; null when only its pairs changed. */
  status: EntryChange["status"] | null;
  /** One short line per change of the entry (describeChange). */
  lines: string[];
  /** Pairs with this topic whose evidence is new or changed. */
  pairs: Array<{ name: string; status: EntryChange["status"]; lines: string[] }>;
}

/** The changes between the layer's version and the current one that touch its items, in the layer's order. */
export function layerVersionChanges(layer: LayerDocument, changes: readonly EntryChange[]): LayerItemChange[] {
  const out: LayerItemChange[] = [];
  for (const item of layer.items) {
    const own = changes.find((c) => c.kind === item.kind && c.slug === item.slug);
    const pairs =
      item.kind === "topic"
        ? changes
            .filter((c) => c.kind === "pair" && c.slug.split("|").includes(item.slug))
            .map((c) => ({ name: c.name, status: c.status, lines: describeChange(c) }))
        : [];
    if (!own && pairs.length === 0) continue;
    out.push({
      kind: item.kind,
      slug: item.slug,
      name: own?.name ?? item.slug,
      status: own?.status ?? null,
      lines: own ? describeChange(own) : [],
      pairs,
    });
  }
  return out;
}
