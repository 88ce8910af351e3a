"use client";

/**
 * The co-occurrence heatmap. Data: the matrix the server rendered the page with (the same body as
 * /api/v1/cooccurrence), so nothing is fetched and switching ordering or value type never refetches;
 * like the rest of the page it is as fresh as the page. View state: the URL. View model:
 * lib/domain/heatmap/model.ts.
 */
import dynamic from "next/dynamic";
import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from "react";
import {
  buildMatrix,
  formatValue,
  MEASURE_LABEL,
  MEASURES,
  type CooccurrenceMatrix,
  type Measure,
} from "@/lib/domain/heatmap/matrix";
import {
  ORDERING_EXPLANATION,
  ORDERING_LABEL,
  ORDERINGS,
  orderTopics,
  themeBands,
  type Ordering,
} from "@/lib/domain/heatmap/order";
import { parseHeatmapState, serializeHeatmapState } from "@/lib/domain/heatmap/url";
import { buildHeatmapModel } from "@/lib/domain/heatmap/model";
import { heatGradientStops, schemePaint, SCHEME_COLORS } from "@/lib/domain/chart-scheme";
import { themeColor } from "@/lib/domain/palette";
import type { Cooccurrence } from "@/lib/schemas/api";
import type { HeatmapTheme, HeatmapTopic } from "@/lib/domain/heatmap/explorer-input";
import { useUrlState } from "../hooks/useUrlState";
import { useElementSize } from "../hooks/useElementSize";
import { useRovingFocus } from "../hooks/useRovingFocus";
import { useRevealDetails } from "../hooks/useRevealDetails";
import { HeatmapSvg } from "./HeatmapSvg";
import { CellPanel } from "./CellPanel";
import { RankedPairs } from "./RankedPairs";
import { HeatmapExport } from "./HeatmapExport";
import { ShareControls } from "../ShareControls";
import { UrlNotice } from "../UrlNotice";

// Only the table view and very large matrices need these: loaded when first shown (rendered on the server
// for a link that opens the table, so their code then comes with the page).
const PairTable = dynamic(() => import("./PairTable").then((m) => m.PairTable));
const HeatmapCanvas = dynamic(() => import("./HeatmapCanvas").then((m) => m.HeatmapCanvas));

/** Above this many topics the matrix is drawn on canvas (see `npm run bench:heatmap`). */
export const CANVAS_FROM = 60;
/** Below this width the matrix's cells would be under 24 px: a ranked list of pairs is shown first. */
export const NARROW_WIDTH = 600;
// The same rule as container queries, for the first paint before the width is measured (Tailwind needs the
// literal: keep it equal to NARROW_WIDTH). The explorer's root is the size container.
const NARROW_ONLY = "hidden @max-[600px]:block";
const WIDE_ONLY = "@max-[600px]:hidden";

const KEY_STEP: Record<string, [number, number]> = {
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
};

/**
 * Orders depend only on the data: remembered per matrix object (weakly, so they go with it),
 * so switching back is instant and new data (a refetch) never reuses an order computed for the old one.
 */
const ORDERS = new WeakMap<CooccurrenceMatrix, Map<Ordering, number[]>>();
function rememberedOrder(matrix: CooccurrenceMatrix, ordering: Ordering, themeOrder: string[]): number[] {
  let byOrdering = ORDERS.get(matrix);
  if (!byOrdering) ORDERS.set(matrix, (byOrdering = new Map()));
  let order = byOrdering.get(ordering);
  if (!order) byOrdering.set(ordering, (order = orderTopics(matrix, ordering, themeOrder)));
  return order;
}

export function HeatmapExplorer({
  initial,
  themes,
  topics,
  datasetVersion = "",
  embedded = false,
}: {
  initial: Cooccurrence;
  themes: HeatmapTheme[];
  topics: HeatmapTopic[];
  datasetVersion?: string;
  embedded?: boolean;
}) {
  const data = initial;

  const topicBySlug = useMemo(() => new Map(topics.map((t) => [t.slug, t])), [topics]);
  const slugs = useMemo(() => new Set(data.topics), [data.topics]);
  const parse = useCallback((p: URLSearchParams) => parseHeatmapState(p, slugs), [slugs]);
  const { state, notices, navigate } = useUrlState(parse, serializeHeatmapState);

  const matrix = useMemo(
    () =>
      buildMatrix(
        data.topics.map((s) => {
          const t = topicBySlug.get(s);
          return { slug: s, name: t?.name ?? s, theme: t?.theme ?? "", videoCount: t?.videoCount ?? 0 };
        }),
        data.pairs,
      ),
    [data, topicBySlug],
  );
  const themeOrder = useMemo(() => themes.map((t) => t.slug), [themes]);
  const order = useMemo(() => rememberedOrder(matrix, state.order, themeOrder), [matrix, state.order, themeOrder]);

  const model = useMemo(() => buildHeatmapModel(matrix, order, state.value, "light"), [matrix, order, state.value]);
  const darkModel = useMemo(() => buildHeatmapModel(matrix, order, state.value, "dark"), [matrix, order, state.value]);

  const n = matrix.topics.length;
  const selectedPos = useMemo(() => {
    if (!state.cell) return null;
    const [a, b] = state.cell;
    const r = order.indexOf(matrix.index.get(a)!);
    const c = order.indexOf(matrix.index.get(b)!);
    return r >= 0 && c >= 0 ? ([r, c] as [number, number]) : null;
  }, [state.cell, order, matrix]);

  // The cell with the keyboard's tab stop: where the user last moved, else the selection.
  const [active, setActive] = useState<[number, number] | null>(null);
  const activePos: [number, number] = active && active[0] < n && active[1] < n ? active : (selectedPos ?? [0, 1]);
  const host = useRef<HTMLDivElement>(null);
  const requestFocus = useRovingFocus(host);
  const panel = useRef<HTMLDivElement>(null);
  const { announcement, reveal } = useRevealDetails(panel);

  const selectPair = (a: string, b: string, toggle: boolean) => {
    const same = state.cell && state.cell[0] === a && state.cell[1] === b;
    const cell: [string, string] | null = toggle && same ? null : [a, b];
    navigate({ cell });
    if (cell) {
      const ia = matrix.index.get(a)!;
      const ib = matrix.index.get(b)!;
      reveal(buildHeatmapModel(matrix, [ia, ib], state.value).describe(0, ia === ib ? 0 : 1));
    } else reveal("Selection cleared");
  };
  const select = (r: number, c: number) => {
    setActive([r, c]);
    selectPair(matrix.topics[order[r]].slug, matrix.topics[order[c]].slug, true);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const [r, c] = activePos;
    const step = KEY_STEP[e.key];
    let next: [number, number] | null = null;
    if (step) next = [Math.min(n - 1, Math.max(0, r + step[0])), Math.min(n - 1, Math.max(0, c + step[1]))];
    else if (e.key === "Home") next = [r, 0];
    else if (e.key === "End") next = [r, n - 1];
    else if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      select(r, c);
      return;
    } else if (e.key === "Escape" && state.cell) {
      e.preventDefault();
      navigate({ cell: null });
      return;
    }
    if (next) {
      e.preventDefault();
      setActive(next);
      requestFocus('[data-active="true"]');
    }
  };

  // Width available for the matrix; cells are square.
  const sizer = useRef<HTMLDivElement>(null);
  const measured = useElementSize(sizer, [state.view]);
  const width = Math.max(300, measured?.width ?? 760);
  const narrow = measured !== null && measured.width < NARROW_WIDTH;
  const [matrixOnNarrow, setMatrixOnNarrow] = useState(false);
  const showList = narrow && !matrixOnNarrow;

  const [hover, setHover] = useState<{ r: number; c: number; x: number; y: number } | null>(null);
  const bands =
    state.order === "theme"
      ? themeBands(matrix, order).map((b) => ({
          ...b,
          color: themeColor(themes.find((t) => t.slug === b.theme)?.position ?? 1),
        }))
      : [];
  const useCanvas = n >= CANVAS_FROM;
  const reportedCount = data.pairs.filter((p) => p.provenance === "reported").length;
  const computedCount = data.pairs.filter((p) => p.provenance === "computed").length;
  const isTable = state.view === "table";
  // Before the first measurement the width is unknown: the list and the matrix are both rendered and
  // the container query below NARROW_WIDTH shows one (the same rule as `narrow`), as are the matrix's controls.
  const unmeasured = measured === null;
  const matrixOnlyClass = unmeasured ? WIDE_ONLY : "";

  const listView = (
    <>
      <RankedPairs
        matrix={matrix}
        measure={state.value}
        selected={state.cell}
        onSelect={(a, b) => selectPair(a, b, false)}
      />
      <button
        type="button"
        onClick={() => setMatrixOnNarrow(true)}
        className={
          "mt-3 min-h-11 w-full rounded-md border border-slate-300 px-3 py-2 " +
          "text-sm hover:bg-slate-100 dark:border-slate-700 " +
          "dark:hover:bg-slate-800"
        }
      >
        Show the full {n} × {n} matrix
      </button>
    </>
  );
  const matrixView = (
    <>
      {narrow && (
        <div className={"mb-2 flex items-center justify-between gap-2 text-xs text-slate-700 dark:text-slate-300"}>
          <span data-testid="pan-hint">Swipe sideways to see all {n} columns →</span>
          <button
            type="button"
            onClick={() => setMatrixOnNarrow(false)}
            className="min-h-9 rounded-md border border-slate-300 px-2.5 py-1 dark:border-slate-700"
          >
            Ranked list
          </button>
        </div>
      )}
      <div
        ref={host}
        // Before the first measurement (the server render) the page width is unknown: the matrix
        // scrolls inside its own frame, so a phone's first paint never scrolls the page sideways.
        className={`relative ${
          narrow
            ? "hm-pan overflow-x-auto overscroll-x-contain rounded-md border " +
              "border-slate-200 dark:border-slate-800"
            : unmeasured
              ? "overflow-x-auto"
              : ""
        }`}
        data-testid="heatmap"
        tabIndex={narrow ? -1 : undefined}
        onPointerLeave={() => setHover(null)}
      >
        {useCanvas ? (
          <HeatmapCanvas
            model={model}
            width={width}
            selected={selectedPos}
            active={activePos}
            onSelect={select}
            onKeyDown={onKeyDown}
            onHover={(h) => setHover(h)}
            describe={model.describe}
          />
        ) : (
          <HeatmapSvg
            model={model}
            dark={darkModel}
            width={narrow ? 0 : width}
            minCell={narrow ? 24 : 14}
            bands={bands}
            selected={selectedPos}
            active={activePos}
            onSelect={select}
            onKeyDown={onKeyDown}
            onHover={narrow ? undefined : setHover}
          />
        )}
        {hover && (
          <div
            role="presentation"
            data-testid="heatmap-tooltip"
            className={
              "pointer-events-none absolute z-10 max-w-72 rounded-md bg-slate-900 " +
              "px-2.5 py-1.5 text-xs text-white shadow-lg dark:bg-white " +
              "dark:text-slate-900"
            }
            style={{ left: Math.min(hover.x + 12, width - 220), top: hover.y + 14 }}
          >
            {model.describe(hover.r, hover.c)}
          </div>
        )}
      </div>
    </>
  );

  return (
    // A size container: before the first measurement (the server render, the first paint) CSS container
    // queries pick the same view the measurement will, so a phone never sees the matrix turn into the list.
    <div className="@container">
      <UrlNotice notices={notices} />
      <div className="flex flex-wrap items-end gap-x-6 gap-y-3 text-sm">
        {!isTable && !showList && (
          <div className={matrixOnlyClass}>
            <Segmented
              label="Order"
              value={state.order}
              options={ORDERINGS.map((o) => ({ value: o, label: ORDERING_LABEL[o] }))}
              onChange={(order) => navigate({ order })}
            />
          </div>
        )}
        <Segmented
          label="Value"
          value={state.value}
          options={MEASURES.map((m) => ({ value: m, label: MEASURE_LABEL[m] }))}
          onChange={(value) => navigate({ value })}
        />
        <div className="flex flex-wrap items-center gap-2">
          <button
            type="button"
            aria-pressed={isTable}
            onClick={() => navigate({ view: isTable ? "matrix" : "table" })}
            className={
              "min-h-9 rounded-md border border-slate-300 px-3 py-1.5 " +
              "hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
            }
          >
            {isTable ? "Show as matrix" : "Show as table"}
          </button>
        </div>
      </div>
      {!isTable && !showList && (
        <p
          className={`mt-2 text-sm text-slate-600 dark:text-slate-400 ${matrixOnlyClass}`}
          data-testid="order-explanation"
        >
          {ORDERING_EXPLANATION[state.order]}
        </p>
      )}
      <p role="status" className="sr-only" data-testid="heatmap-announcement">
        {announcement}
      </p>

      <div className="mt-3 grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0" ref={sizer}>
          {isTable ? (
            <PairTable
              matrix={matrix}
              measure={state.value}
              onSelect={(a, b) => selectPair(a, b, false)}
              selected={state.cell}
            />
          ) : (
            // Two fixed slots, so measuring never remounts the view that stays.
            <>
              <div className={unmeasured ? NARROW_ONLY : ""}>{(unmeasured || showList) && listView}</div>
              <div className={matrixOnlyClass}>{(unmeasured || !showList) && matrixView}</div>
            </>
          )}
          {!isTable && <HeatmapLegend measure={state.value} max={model.max} />}
          <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
            {reportedCount} pairs are reported in the paper’s text
            {computedCount ? `, ${computedCount} computed from imported video→topic assignments` : ""}; the rest are not
            reported{isTable ? "" : " and drawn hatched"}, never as 0.
            {!isTable &&
              !showList &&
              " The diagonal shows each topic’s own video count. Keyboard: Tab into " +
                "the matrix, arrow keys move, Enter selects, Escape clears."}
          </p>
        </div>
        <div className="space-y-4">
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <HeatmapExport
              host={host}
              matrix={matrix}
              order={order}
              state={state}
              themes={themes}
              datasetVersion={datasetVersion}
            />
            {!embedded && <ShareControls embedPath="/embed/heatmap" />}
          </div>
          <div ref={panel} tabIndex={-1} className="scroll-mt-4 outline-none">
            <CellPanel
              cell={state.cell}
              matrix={matrix}
              measure={state.value}
              onClose={() => navigate({ cell: null })}
            />
          </div>
        </div>
      </div>
    </div>
  );
}

function Segmented<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: Array<{ value: T; label: string }>;
  onChange: (v: T) => void;
}) {
  return (
    <fieldset>
      <legend className="mb-1 text-xs font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">
        {label}
      </legend>
      <div className="flex flex-wrap gap-0.5 rounded-md border border-slate-300 p-0.5 dark:border-slate-700">
        {options.map((o) => (
          <label
            key={o.value}
            className={
              `flex min-h-8 cursor-pointer items-center rounded px-2 py-1 ` +
              `has-[:focus-visible]:outline has-[:focus-visible]:outline-2 ` +
              `has-[:focus-visible]:outline-sky-500 ` +
              `${
                value === o.value
                  ? "bg-slate-900 text-white dark:bg-white dark:text-slate-900"
                  : "hover:bg-slate-100 dark:hover:bg-slate-800"
              }`
            }
          >
            <input
              type="radio"
              name={`heatmap-${label}`}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
              className="sr-only"
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function HeatmapLegend({ measure, max }: { measure: Measure; max: number }) {
  const light = heatGradientStops("light");
  const dark = heatGradientStops("dark");
  const gradient = `linear-gradient(to right, ${light.map((s, k) => schemePaint(s, dark[k])).join(",")})`;
  const L = SCHEME_COLORS.light;
  const D = SCHEME_COLORS.dark;
  return (
    <div
      className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-2 text-xs text-slate-700 dark:text-slate-300"
      data-testid="heatmap-legend"
    >
      <div className="flex items-center gap-2">
        <span>{formatValue(0, measure)}</span>
        <span aria-hidden="true" className="inline-block h-3 w-32 rounded-sm" style={{ background: gradient }} />
        <span>{formatValue(max, measure)}</span>
        <span className="text-slate-600 dark:text-slate-400">{MEASURE_LABEL[measure]}</span>
      </div>
      <div className="flex items-center gap-2">
        <svg aria-hidden="true" width="14" height="14">
          <defs>
            <pattern id="legend-hatch" width="6" height="6" patternUnits="userSpaceOnUse">
              <rect width="6" height="6" style={{ fill: schemePaint(L.missingFill, D.missingFill) }} />
              <path d="M0 6L6 0" style={{ stroke: schemePaint(L.missingHatch, D.missingHatch) }} />
            </pattern>
          </defs>
          <rect
            x="0.5"
            y="0.5"
            width="13"
            height="13"
            fill="url(#legend-hatch)"
            style={{ stroke: schemePaint(L.missingHatch, D.missingHatch) }}
          />
        </svg>
        Not reported
      </div>
      <div className="flex items-center gap-2">
        <span
          aria-hidden="true"
          className="inline-block h-3.5 w-3.5 rounded-sm"
          style={{ backgroundColor: schemePaint(L.diagonalFill, D.diagonalFill) }}
        />
        Topic’s own videos
      </div>
      <div className="flex items-center gap-2">
        <span
          aria-hidden="true"
          className="inline-block h-3.5 w-3.5 rounded-sm border-2 border-dashed"
          style={{ borderColor: schemePaint(L.inconsistent, D.inconsistent) }}
        />
        Inconsistent in the source
      </div>
    </div>
  );
}
