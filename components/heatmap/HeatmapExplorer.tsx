"use client";

/**
 * The co-occurrence heatmap. Data: /api/v1/cooccurrence through TanStack Query (the server
 * hands over the first response, so nothing is fetched twice, and switching ordering or
 * value type never refetches). View state: the URL. Maths: lib/domain/heatmap.
 */
import { usePathname, useSearchParams } from "next/navigation";
import { useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { cooccurrenceQueryKey, fetchCooccurrence } from "@/lib/api/client";
import { buildMatrix, cellValue, formatValue, maxOffDiagonal, MEASURE_LABEL, MEASURES, type CooccurrenceMatrix, type Measure } from "@/lib/domain/heatmap/matrix";
import { ORDERING_EXPLANATION, ORDERING_LABEL, ORDERINGS, orderTopics, themeBands, type Ordering } from "@/lib/domain/heatmap/order";
import { parseHeatmapState, serializeHeatmapState, type HeatmapState } from "@/lib/domain/heatmap/url";
import { DIAGONAL_FILL, heatColor, heatGradientStops, heatTextColor } from "@/lib/domain/heatmap/color";
import { themeColor } from "@/lib/domain/palette";
import type { Cooccurrence, Theme, Topic } from "@/lib/schemas/api";
import { HeatmapSvg } from "./HeatmapSvg";
import { HeatmapCanvas } from "./HeatmapCanvas";
import { CellPanel } from "./CellPanel";
import { PairTable } from "./PairTable";
import { HeatmapExport } from "./HeatmapExport";
import { ShareControls } from "../ShareControls";
import { UrlNotice } from "../UrlNotice";

/** Above this many topics the matrix is drawn on canvas (see `npm run bench:heatmap`). */
export const CANVAS_FROM = 60;

export interface HeatmapModel {
  matrix: CooccurrenceMatrix;
  order: number[];
  measure: Measure;
  max: number;
  /** Fill per (row position, column position) in display order; null = not reported. */
  fill: (r: number, c: number) => string | null;
  value: (r: number, c: number) => number | null;
  label: (r: number, c: number) => string;
  textColor: (r: number, c: number) => string;
}

const KEY_STEP: Record<string, [number, number]> = { ArrowLeft: [0, -1], ArrowRight: [0, 1], ArrowUp: [-1, 0], ArrowDown: [1, 0] };

export function HeatmapExplorer({ initial, themes, topics, embedded = false }: { initial: Cooccurrence; themes: Theme[]; topics: Topic[]; embedded?: boolean }) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const query = useQuery({ queryKey: cooccurrenceQueryKey, queryFn: ({ signal }) => fetchCooccurrence(signal), initialData: initial, staleTime: 5 * 60_000 });
  const data = query.data;

  const topicBySlug = useMemo(() => new Map(topics.map((t) => [t.slug, t])), [topics]);
  const slugs = useMemo(() => new Set(data.topics), [data.topics]);
  const { state, notices } = useMemo(() => parseHeatmapState(searchParams, slugs), [searchParams, slugs]);
  const navigate = useCallback((next: Partial<HeatmapState>) => window.history.pushState(null, "", `${pathname}${serializeHeatmapState({ ...state, ...next })}`), [pathname, state]);

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
  // Orders depend only on the data: remembered per matrix, so switching back is instant
  // and new data (a refetch) never reuses an order computed for the old one.
  const orders = useRef(new WeakMap<CooccurrenceMatrix, Map<Ordering, number[]>>());
  const order = useMemo(() => {
    let byOrdering = orders.current.get(matrix);
    if (!byOrdering) orders.current.set(matrix, (byOrdering = new Map()));
    let o = byOrdering.get(state.order);
    if (!o) byOrdering.set(state.order, (o = orderTopics(matrix, state.order, themeOrder)));
    return o;
  }, [matrix, state.order, themeOrder]);

  const model: HeatmapModel = useMemo(() => {
    const max = maxOffDiagonal(matrix, state.value);
    const value = (r: number, c: number) => cellValue(matrix, order[r], order[c], state.value);
    return {
      matrix,
      order,
      measure: state.value,
      max,
      value,
      fill: (r, c) => {
        if (r === c) return DIAGONAL_FILL;
        const v = value(r, c);
        return v === null ? null : heatColor(v, max);
      },
      label: (r, c) => (r === c ? String(matrix.topics[order[r]].videoCount) : formatValue(value(r, c), state.value)),
      textColor: (r, c) => (r === c ? "#000000" : heatTextColor(value(r, c) ?? 0, max)),
    };
  }, [matrix, order, state.value]);

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
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    if (!focusRequest) return;
    host.current?.querySelector<HTMLElement | SVGElement>('[data-active="true"]')?.focus();
  }, [focusRequest, activePos]);

  const select = (r: number, c: number) => {
    const a = matrix.topics[order[r]].slug;
    const b = matrix.topics[order[c]].slug;
    setActive([r, c]);
    navigate({ cell: state.cell && state.cell[0] === a && state.cell[1] === b ? null : [a, b] });
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
      setFocusRequest((k) => k + 1);
    }
  };

  // Width available for the matrix; cells are square.
  const sizer = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(760);
  useLayoutEffect(() => {
    const el = sizer.current;
    if (!el) return;
    const measure = () => setWidth(Math.max(320, el.getBoundingClientRect().width));
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [state.view]);

  const [hover, setHover] = useState<{ r: number; c: number; x: number; y: number } | null>(null);
  const bands = state.order === "theme" ? themeBands(matrix, order).map((b) => ({ ...b, color: themeColor(themes.find((t) => t.slug === b.theme)?.position ?? 1) })) : [];
  const useCanvas = n >= CANVAS_FROM;
  const reportedCount = data.pairs.filter((p) => p.provenance === "reported").length;
  const computedCount = data.pairs.filter((p) => p.provenance === "computed").length;

  const tooltipText = (r: number, c: number) => {
    const a = matrix.topics[order[r]];
    const b = matrix.topics[order[c]];
    if (r === c) return `${a.name}: ${a.videoCount} videos (the topic itself)`;
    const pair = matrix.pairs[order[r] * n + order[c]];
    const v = model.value(r, c);
    const prov = pair?.provenance === "reported" ? "reported in the paper" : pair?.provenance === "computed" ? "computed from assignments" : "not reported";
    return `${a.name} × ${b.name}: ${v === null ? "no count" : `${MEASURE_LABEL[state.value]} ${formatValue(v, state.value)}`} — ${prov}${pair?.note ? " (inconsistent in the source)" : ""}`;
  };

  return (
    <div>
      <UrlNotice notices={notices} />
      <div className="flex flex-wrap items-end gap-x-6 gap-y-3 text-sm">
        <Segmented label="Order" value={state.order} options={ORDERINGS.map((o) => ({ value: o, label: ORDERING_LABEL[o] }))} onChange={(order) => navigate({ order })} />
        <Segmented label="Value" value={state.value} options={MEASURES.map((m) => ({ value: m, label: MEASURE_LABEL[m] }))} onChange={(value) => navigate({ value })} />
        <div className="flex flex-wrap items-center gap-2">
          <button type="button" aria-pressed={state.view === "table"} onClick={() => navigate({ view: state.view === "table" ? "matrix" : "table" })} className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800">
            {state.view === "table" ? "Show as matrix" : "Show as table"}
          </button>
          <HeatmapExport host={host} model={model} state={state} />
          {!embedded && <ShareControls embedPath="/embed/heatmap" />}
        </div>
      </div>
      <p className="mt-3 text-sm text-slate-600 dark:text-slate-400" data-testid="order-explanation">{ORDERING_EXPLANATION[state.order]}</p>

      <div className="mt-4 grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0" ref={sizer}>
          {state.view === "table" ? (
            <PairTable model={model} onSelect={(a, b) => navigate({ cell: [a, b] })} selected={state.cell} />
          ) : (
            <div ref={host} className="relative overflow-x-auto" data-testid="heatmap" onPointerLeave={() => setHover(null)}>
              {useCanvas ? (
                <HeatmapCanvas model={model} width={width} selected={selectedPos} active={activePos} onSelect={select} onKeyDown={onKeyDown} onHover={(h) => setHover(h)} describe={tooltipText} />
              ) : (
                <HeatmapSvg model={model} width={width} bands={bands} selected={selectedPos} active={activePos} onSelect={select} onKeyDown={onKeyDown} onHover={setHover} describe={tooltipText} />
              )}
              {hover && (
                <div role="presentation" data-testid="heatmap-tooltip" className="pointer-events-none absolute z-10 max-w-72 rounded-md bg-slate-900 px-2.5 py-1.5 text-xs text-white shadow-lg dark:bg-white dark:text-slate-900" style={{ left: Math.min(hover.x + 12, width - 220), top: hover.y + 14 }}>
                  {tooltipText(hover.r, hover.c)}
                </div>
              )}
            </div>
          )}
          <HeatmapLegend measure={state.value} max={model.max} />
          <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
            {reportedCount} pairs are reported in the paper’s text{computedCount ? `, ${computedCount} computed from imported video→topic assignments` : ""}; the rest are not reported and drawn hatched, never as 0. The diagonal
            shows each topic’s own video count. Keyboard: Tab into the matrix, arrow keys move, Enter selects, Escape clears.
          </p>
        </div>
        <CellPanel cell={state.cell} matrix={matrix} measure={state.value} onClose={() => navigate({ cell: null })} />
      </div>
    </div>
  );
}

function Segmented<T extends string>({ label, value, options, onChange }: { label: string; value: T; options: Array<{ value: T; label: string }>; onChange: (v: T) => void }) {
  return (
    <fieldset>
      <legend className="mb-1 text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">{label}</legend>
      <div className="flex flex-wrap gap-0.5 rounded-md border border-slate-300 p-0.5 dark:border-slate-700">
        {options.map((o) => (
          <label key={o.value} className={`cursor-pointer rounded px-2 py-1 has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-sky-500 ${value === o.value ? "bg-slate-900 text-white dark:bg-white dark:text-slate-900" : "hover:bg-slate-100 dark:hover:bg-slate-800"}`}>
            <input type="radio" name={`heatmap-${label}`} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} className="sr-only" />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function HeatmapLegend({ measure, max }: { measure: Measure; max: number }) {
  const stops = heatGradientStops();
  return (
    <div className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-2 text-xs text-slate-700 dark:text-slate-300" data-testid="heatmap-legend">
      <div className="flex items-center gap-2">
        <span>{formatValue(0, measure)}</span>
        <span aria-hidden="true" className="inline-block h-3 w-32 rounded-sm" style={{ background: `linear-gradient(to right, ${stops.join(",")})` }} />
        <span>{formatValue(max, measure)}</span>
        <span className="text-slate-500">{MEASURE_LABEL[measure]}</span>
      </div>
      <div className="flex items-center gap-2">
        <svg aria-hidden="true" width="14" height="14"><rect width="14" height="14" fill="url(#legend-hatch)" /><defs><pattern id="legend-hatch" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#f1f5f9" /><path d="M0 6L6 0" stroke="#94a3b8" /></pattern></defs></svg>
        Not reported
      </div>
      <div className="flex items-center gap-2">
        <span aria-hidden="true" className="inline-block h-3.5 w-3.5 rounded-sm" style={{ backgroundColor: DIAGONAL_FILL }} />
        Topic’s own videos
      </div>
      <div className="flex items-center gap-2">
        <span aria-hidden="true" className="inline-block h-3.5 w-3.5 rounded-sm border-2 border-dashed border-amber-600" />
        Inconsistent in the source
      </div>
    </div>
  );
}

