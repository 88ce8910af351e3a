/**
 * The status overlay: how a layer's decisions colour the map. One rule for every view that shows it — the
 * treemap and the heatmap on the layer page, its print, and its preview image — so a status has one colour
 * everywhere. The fills are mid-tone (legible on the light and the dark page alike), and colour is never the
 * only signal: each status also has its label (legend, accessible names) and the heatmap groups by it.
 */
import type { LayerDocument, LayerStatus } from "./format";
import { STATUS_LABEL } from "./markdown";

/** Tile and band colours of each status (labels on them take black or white by contrast). */
export const STATUS_FILL: Record<LayerStatus, string> = {
  todo: "#94a3b8",
  addressed: "#047857",
  "accepted-risk": "#b45309",
  "not-relevant": "#52525b",
};
/** A topic the layer does not name. */
export const NOT_IN_LAYER_FILL = "#e2e8f0";
export const NOT_IN_LAYER_LABEL = "Not in this plan";

/** What a topic shows in the overlay: its status, or `null` when the layer does not name it. */
export type OverlayStatus = LayerStatus | null;

/** The order of the overlay (its legend, the heatmap's groups): decided first, open next, untouched last. */
export const OVERLAY_GROUP_ORDER: readonly OverlayStatus[] = [
  "addressed",
  "accepted-risk",
  "not-relevant",
  "todo",
  null,
];

export const overlayFill = (status: OverlayStatus) => (status ? STATUS_FILL[status] : NOT_IN_LAYER_FILL);
export const overlayLabel = (status: OverlayStatus) => (status ? STATUS_LABEL[status] : NOT_IN_LAYER_LABEL);

/** The legend of the overlay, in its order. */
export function overlayLegend(): Array<{ status: OverlayStatus; label: string; color: string }> {
  return OVERLAY_GROUP_ORDER.map((status) => ({
    status,
    label: overlayLabel(status),
    color: overlayFill(status),
  }));
}

/** The layer's decision per topic slug. */
export function topicStatuses(layer: LayerDocument): Map<string, LayerStatus> {
  return new Map(layer.items.filter((i) => i.kind === "topic").map((i) => [i.slug, i.status]));
}

/**
 * Topics (indices into `slugs`, which are in catalogue order) grouped by the layer's status in
 * OVERLAY_GROUP_ORDER, catalogue order within a group; and the contiguous groups as bands.
 */
export function groupByStatus(
  slugs: readonly string[],
  statuses: ReadonlyMap<string, LayerStatus>,
): { order: number[]; groups: Array<{ status: OverlayStatus; start: number; end: number }> } {
  const order: number[] = [];
  const groups: Array<{ status: OverlayStatus; start: number; end: number }> = [];
  for (const status of OVERLAY_GROUP_ORDER) {
    const members = slugs.map((s, i) => [s, i] as const).filter(([s]) => (statuses.get(s) ?? null) === status);
    if (members.length === 0) continue;
    groups.push({ status, start: order.length, end: order.length + members.length });
    order.push(...members.map(([, i]) => i));
  }
  return { order, groups };
}

/** The preview image of a layer at a revision: a new URL after every save, so no cache shows an older state. */
export const layerOgPath = (id: string, revision: number) => `/og/layer/${id}?r=${revision}`;
