/**
 * The treemap's interactions as a reducer: (state, event) → (next state, focus target).
 * Clicks, Enter/Space, arrows, Home/End and Escape all go through here, so the keyboard and
 * the pointer behave alike and every transition is unit-tested without a DOM. The explorer
 * writes the state's zoom/topic to the URL and moves focus to the target.
 */
import type { Rect } from "./layout";
import { neighbour, type Direction } from "./spatial-nav";

export type TileKind = "theme" | "topic";

export interface TreemapInteractionState {
  zoom: string | null;
  topic: string | null;
  /** The tile holding the tab stop (roving tabindex), when the user has moved it. */
  focused: string | null;
}

export type TreemapEvent =
  | { type: "activate"; kind: TileKind; slug: string; fromKeyboard: boolean }
  | { type: "key"; key: string; slug: string }
  | { type: "zoomOut" }
  | { type: "closeTopic" };

export interface TreemapTile extends Rect {
  slug: string;
}

export interface TreemapInteractionContext {
  /** The tiles that can take focus now: themes when not zoomed, else the zoomed theme's topics. */
  tilesInView: readonly TreemapTile[];
  /** Every topic with its theme and video count. */
  topics: ReadonlyArray<{ slug: string; theme: string; videoCount: number }>;
}

export interface TreemapTransition {
  state: TreemapInteractionState;
  /** The tile to move keyboard focus to, if any. */
  focus: { kind: TileKind; slug: string } | null;
  /** The event was a chart command (the page should not also act on the key). */
  handled: boolean;
}

const KEY_DIRECTIONS: Record<string, Direction> = {
  ArrowLeft: "left",
  ArrowRight: "right",
  ArrowUp: "up",
  ArrowDown: "down",
};

const unhandled = (state: TreemapInteractionState): TreemapTransition => ({ state, focus: null, handled: false });

export function kindInView(state: Pick<TreemapInteractionState, "zoom">): TileKind {
  return state.zoom ? "topic" : "theme";
}

/** The slug holding the tab stop: the moved-to tile, else the selection when zoomed, else the first tile. */
export function tabStopSlug(state: TreemapInteractionState, tilesInView: readonly TreemapTile[]): string | undefined {
  const inView = (slug: string | null) => slug !== null && tilesInView.some((t) => t.slug === slug);
  if (inView(state.focused)) return state.focused!;
  if (state.zoom && inView(state.topic)) return state.topic!;
  return tilesInView[0]?.slug;
}

export function treemapReducer(
  state: TreemapInteractionState,
  event: TreemapEvent,
  ctx: TreemapInteractionContext,
): TreemapTransition {
  switch (event.type) {
    case "activate":
      return activate(state, event.kind, event.slug, event.fromKeyboard, ctx);
    case "zoomOut":
      if (!state.zoom) return unhandled(state);
      return {
        state: { ...state, zoom: null, focused: state.zoom },
        focus: { kind: "theme", slug: state.zoom },
        handled: true,
      };
    case "closeTopic":
      return { state: { ...state, topic: null }, focus: null, handled: state.topic !== null };
    case "key":
      return key(state, event.key, event.slug, ctx);
  }
}

function activate(
  state: TreemapInteractionState,
  kind: TileKind,
  slug: string,
  fromKeyboard: boolean,
  ctx: TreemapInteractionContext,
): TreemapTransition {
  if (kind === "topic")
    return {
      state: { ...state, topic: state.topic === slug ? null : slug, focused: slug },
      focus: null,
      handled: true,
    };
  const topics = ctx.topics.filter((t) => t.theme === slug);
  // A theme with a single topic opens that topic in the same step: zooming alone would only
  // show one big tile that needs a second click.
  if (topics.length === 1) {
    const only = topics[0].slug;
    return {
      state: { zoom: slug, topic: only, focused: only },
      focus: fromKeyboard ? { kind: "topic", slug: only } : null,
      handled: true,
    };
  }
  const keepTopic = state.topic !== null && topics.some((t) => t.slug === state.topic) ? state.topic : null;
  const first = [...topics].sort((a, b) => b.videoCount - a.videoCount)[0];
  return {
    state: { zoom: slug, topic: keepTopic, focused: first?.slug ?? null },
    // Keep keyboard users on the chart; a mouse click just moves the tab stop.
    focus: fromKeyboard && first ? { kind: "topic", slug: first.slug } : null,
    handled: true,
  };
}

function key(
  state: TreemapInteractionState,
  key: string,
  slug: string,
  ctx: TreemapInteractionContext,
): TreemapTransition {
  const kind = kindInView(state);
  const dir = KEY_DIRECTIONS[key];
  if (dir) {
    const next = neighbour(ctx.tilesInView, slug, dir);
    if (!next) return { state, focus: null, handled: true };
    return { state: { ...state, focused: next.slug }, focus: { kind, slug: next.slug }, handled: true };
  }
  if (key === "Home" || key === "End") {
    const sorted = [...ctx.tilesInView].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
    const target = key === "Home" ? sorted[0] : sorted[sorted.length - 1];
    if (!target) return unhandled(state);
    return { state: { ...state, focused: target.slug }, focus: { kind, slug: target.slug }, handled: true };
  }
  if (key === "Enter" || key === " ") return activate(state, kind, slug, true, ctx);
  if (key === "Escape") {
    // The tile keeps the focus and the tab stop: the next Escape zooms out from it.
    if (state.topic) return { state: { ...state, topic: null, focused: slug }, focus: { kind, slug }, handled: true };
    if (state.zoom) return treemapReducer(state, { type: "zoomOut" }, ctx);
  }
  return unhandled(state);
}

/** What the empty details panel tells the reader to do next. */
export function panelHint(zoomedThemeName: string | null): string {
  return zoomedThemeName
    ? `Click a topic in ${zoomedThemeName} to see what practitioners said about it and what comes up with it.`
    : "Click a theme to zoom in, then a topic to see what practitioners said about it and what comes up with it.";
}
