/**
 * The heatmap's view in the URL: ?cell=<row>~<col>&order=<ordering>&value=<measure>&view=table.
 * Defaults (no cell, by theme, joint videos, matrix view) are omitted. Unknown values fall
 * back to the default with a notice.
 */
import { MEASURES, ORDERINGS, type Measure, type Ordering } from "./options";

export const HEATMAP_VIEWS = ["matrix", "table"] as const;

export interface HeatmapState {
  cell: [string, string] | null;
  order: Ordering;
  value: Measure;
  view: (typeof HEATMAP_VIEWS)[number];
}

export const DEFAULT_HEATMAP_STATE: HeatmapState = { cell: null, order: "theme", value: "count", view: "matrix" };

import { isOneOf } from "../one-of";
import { clipForNotice as clip, readParam as read, type SearchParamsLike as ParamsLike } from "../url-params";

export function parseHeatmapState(
  params: ParamsLike,
  topicSlugs: ReadonlySet<string>,
): { state: HeatmapState; notices: string[] } {
  const state: HeatmapState = { ...DEFAULT_HEATMAP_STATE };
  const notices: string[] = [];
  const cell = read(params, "cell");
  if (cell !== null) {
    const parts = cell.split("~");
    if (parts.length === 2 && parts.every((p) => topicSlugs.has(p))) state.cell = [parts[0], parts[1]];
    else notices.push(`The link names a cell “${clip(cell)}” that does not exist, so no cell is selected.`);
  }
  const order = read(params, "order");
  if (order !== null) {
    if (isOneOf(ORDERINGS, order)) state.order = order;
    else notices.push(`Unknown ordering “${clip(order)}”; ordering by theme.`);
  }
  const value = read(params, "value");
  if (value !== null) {
    if (isOneOf(MEASURES, value)) state.value = value;
    else notices.push(`Unknown value type “${clip(value)}”; showing joint videos.`);
  }
  const view = read(params, "view");
  if (view !== null) {
    if (isOneOf(HEATMAP_VIEWS, view)) state.view = view;
    else notices.push(`Unknown view “${clip(view)}”; showing the matrix.`);
  }
  return { state, notices };
}

export function serializeHeatmapState(state: HeatmapState): string {
  const p = new URLSearchParams();
  if (state.cell) p.set("cell", `${state.cell[0]}~${state.cell[1]}`);
  if (state.order !== DEFAULT_HEATMAP_STATE.order) p.set("order", state.order);
  if (state.value !== DEFAULT_HEATMAP_STATE.value) p.set("value", state.value);
  if (state.view !== DEFAULT_HEATMAP_STATE.view) p.set("view", state.view);
  // "~" is unreserved in URLs; URLSearchParams escapes it anyway, which makes links ugly.
  const s = p.toString().replaceAll("%7E", "~");
  return s === "" ? "" : `?${s}`;
}
