/**
 * The treemap's view lives in the URL so a link opens exactly that view:
 *   ?zoom=<theme>&topic=<topic>&color=phase&view=table
 * Defaults (all themes, nothing selected, colour by theme, chart view) are left out, so
 * the plain "/" is the default view. Unknown or contradictory values fall back to the
 * default for that key and produce a notice; they are never an error.
 */
export const COLOR_MODES = ["theme", "phase"] as const;
export const VIEW_MODES = ["chart", "table"] as const;
export type ColorMode = (typeof COLOR_MODES)[number];
export type ViewMode = (typeof VIEW_MODES)[number];

export interface TreemapState {
  zoom: string | null;
  topic: string | null;
  color: ColorMode;
  view: ViewMode;
}

export const DEFAULT_TREEMAP_STATE: TreemapState = { zoom: null, topic: null, color: "theme", view: "chart" };

export interface TreemapCatalogue {
  themes: ReadonlyArray<{ slug: string; name: string }>;
  topics: ReadonlyArray<{ slug: string; name: string; theme: string }>;
}

import { isOneOf } from "../one-of";
import { clipForNotice as clip, readParam as read, type SearchParamsLike } from "../url-params";

export function parseTreemapState(
  params: SearchParamsLike,
  catalogue: TreemapCatalogue,
): { state: TreemapState; notices: string[] } {
  const notices: string[] = [];
  const state: TreemapState = { ...DEFAULT_TREEMAP_STATE };

  const zoom = read(params, "zoom");
  if (zoom !== null) {
    if (catalogue.themes.some((t) => t.slug === zoom)) state.zoom = zoom;
    else notices.push(`The link names a theme “${clip(zoom)}” that does not exist, so all themes are shown.`);
  }
  const topic = read(params, "topic");
  if (topic !== null) {
    const found = catalogue.topics.find((t) => t.slug === topic);
    if (!found) notices.push(`The link names a topic “${clip(topic)}” that does not exist, so no topic is selected.`);
    else if (state.zoom && found.theme !== state.zoom) {
      notices.push(`“${found.name}” is not in the zoomed theme, so the whole map is shown.`);
      state.topic = topic;
      state.zoom = null;
    } else state.topic = topic;
  }
  const color = read(params, "color");
  if (color !== null) {
    if (isOneOf(COLOR_MODES, color)) state.color = color;
    else notices.push(`Unknown colour mode “${clip(color)}”; colouring by theme.`);
  }
  const view = read(params, "view");
  if (view !== null) {
    if (isOneOf(VIEW_MODES, view)) state.view = view;
    else notices.push(`Unknown view “${clip(view)}”; showing the chart.`);
  }
  return { state, notices };
}

/** The query string for a state, defaults omitted, keys in a fixed order ("" for the default view). */
export function serializeTreemapState(state: TreemapState): string {
  const params = new URLSearchParams();
  if (state.zoom !== null) params.set("zoom", state.zoom);
  if (state.topic !== null) params.set("topic", state.topic);
  if (state.color !== DEFAULT_TREEMAP_STATE.color) params.set("color", state.color);
  if (state.view !== DEFAULT_TREEMAP_STATE.view) params.set("view", state.view);
  const s = params.toString();
  return s === "" ? "" : `?${s}`;
}
