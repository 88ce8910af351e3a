/**
 * The heatmap's interactions as a reducer: (state, event) → (next state, what the page does).
 * Clicks and Enter/Space on a cell, picks from the ranked list or the table, arrows, Home/End,
 * Escape and the panel's close button all go through here, so the keyboard and the pointer behave
 * alike and every transition is unit-tested without a DOM. The explorer writes the cell to the URL,
 * moves focus to the tab stop and announces the selection (`selectionSentence`).
 * Positions (r, c) are in display order; a cell is named by its topics' slugs, row first, as in the URL.
 */
import type { CooccurrenceMatrix, Measure } from "./matrix";
import { buildHeatmapModel } from "./model";

export type CellPos = [row: number, col: number];
export type CellSlugs = [row: string, col: string];

export interface HeatmapInteractionState {
  /** The selected cell (the URL's `cell`). */
  cell: CellSlugs | null;
  /** The cell holding the tab stop (roving tabindex), once the user has moved it or selected with it. */
  active: CellPos | null;
}

export type HeatmapEvent =
  /** A click, or Enter/Space, on a matrix cell: selects it, or clears it when it is the selected one. */
  | { type: "activate"; r: number; c: number }
  /** A pair picked in the ranked list or the table: selects it (a second pick keeps it). */
  | { type: "pick"; a: string; b: string }
  | { type: "key"; key: string }
  /** The details panel's close button. */
  | { type: "clear" };

export interface HeatmapInteractionContext {
  /** Topic slugs in display order (the matrix's rows and columns as drawn). */
  slugs: readonly string[];
}

export interface HeatmapTransition {
  state: HeatmapInteractionState;
  /** Write the state's cell to the URL (a new history entry). */
  navigate: boolean;
  /** Move keyboard focus to the tab stop. */
  focus: boolean;
  /** Tell the reader: the newly selected cell's sentence ("cell"), or that the selection was cleared. */
  reveal: "cell" | "cleared" | null;
  /** The event was a chart command (the page should not also act on the key). */
  handled: boolean;
}

const KEY_STEP: Record<string, CellPos> = {
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
};

const nothing = (state: HeatmapInteractionState): HeatmapTransition => ({
  state,
  navigate: false,
  focus: false,
  reveal: null,
  handled: false,
});

/** Where the selected cell is drawn, or null when nothing is selected (or it is not in the matrix). */
export function selectedPosition(cell: CellSlugs | null, slugs: readonly string[]): CellPos | null {
  if (!cell) return null;
  const r = slugs.indexOf(cell[0]);
  const c = slugs.indexOf(cell[1]);
  return r >= 0 && c >= 0 ? [r, c] : null;
}

/** The cell with the tab stop: where the user last moved (while it is in the matrix), else the selection. */
export function tabStop(state: HeatmapInteractionState, slugs: readonly string[]): CellPos {
  const n = slugs.length;
  const { active } = state;
  return active && active[0] < n && active[1] < n ? active : (selectedPosition(state.cell, slugs) ?? [0, 1]);
}

export function heatmapReducer(
  state: HeatmapInteractionState,
  event: HeatmapEvent,
  ctx: HeatmapInteractionContext,
): HeatmapTransition {
  switch (event.type) {
    case "activate":
      return select({ ...state, active: [event.r, event.c] }, [ctx.slugs[event.r], ctx.slugs[event.c]], true);
    case "pick":
      return select(state, [event.a, event.b], false);
    case "clear":
      return state.cell ? clear(state) : nothing(state);
    case "key":
      return key(state, event.key, ctx);
  }
}

function select(state: HeatmapInteractionState, [a, b]: CellSlugs, toggle: boolean): HeatmapTransition {
  const same = state.cell !== null && state.cell[0] === a && state.cell[1] === b;
  const cell: CellSlugs | null = toggle && same ? null : [a, b];
  return { state: { ...state, cell }, navigate: true, focus: false, reveal: cell ? "cell" : "cleared", handled: true };
}

function clear(state: HeatmapInteractionState): HeatmapTransition {
  return { state: { ...state, cell: null }, navigate: true, focus: false, reveal: null, handled: true };
}

function key(state: HeatmapInteractionState, key: string, ctx: HeatmapInteractionContext): HeatmapTransition {
  const n = ctx.slugs.length;
  const [r, c] = tabStop(state, ctx.slugs);
  const clamp = (v: number) => Math.min(n - 1, Math.max(0, v));
  const step = KEY_STEP[key];
  let next: CellPos | null = null;
  if (step) next = [clamp(r + step[0]), clamp(c + step[1])];
  else if (key === "Home") next = [r, 0];
  else if (key === "End") next = [r, n - 1];
  else if (key === "Enter" || key === " ") return heatmapReducer(state, { type: "activate", r, c }, ctx);
  else if (key === "Escape" && state.cell) return clear(state);
  if (!next) return nothing(state);
  // At an edge the tab stop stays where it is, but the key is still the chart's (no page scroll).
  return { state: { ...state, active: next }, navigate: false, focus: true, reveal: null, handled: true };
}

/** The sentence announced when a cell is selected: its tooltip / accessible name. */
export function selectionSentence(matrix: CooccurrenceMatrix, [a, b]: CellSlugs, measure: Measure): string {
  const ia = matrix.index.get(a)!;
  const ib = matrix.index.get(b)!;
  return buildHeatmapModel(matrix, [ia, ib], measure).describe(0, ia === ib ? 0 : 1);
}
