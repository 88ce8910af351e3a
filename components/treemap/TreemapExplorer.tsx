"use client";

/**
 * The interactive treemap: view state from the URL, layout from the pure modules, drawing
 * by TreemapSvg. Zoom, selection, colour mode and table view are search params, written
 * with history.pushState so back/forward and pasted links restore the view.
 */
import Link from "@/components/IntentLink";
import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import { layoutTreemap, zoomLayout, type Rect, type TopicTile } from "@/lib/domain/treemap";
import { neighbour, type Direction } from "@/lib/domain/spatial-nav";
import { phaseColor } from "@/lib/domain/color";
import { themeColor } from "@/lib/domain/palette";
import { parseTreemapState, serializeTreemapState, type TreemapState } from "@/lib/domain/treemap-url";
import type { Phase, Theme, Topic, TopicDetail } from "@/lib/schemas/api";
import { TreemapSvg } from "./TreemapSvg";
import { TopicPanel } from "./TopicPanel";
import { TreemapTable } from "./TreemapTable";
import { ExportMenu } from "./ExportMenu";
import { ShareControls } from "../ShareControls";
import { UrlNotice } from "../UrlNotice";

export interface TreemapExplorerProps {
  themes: Theme[];
  topics: Topic[];
  phases: Phase[];
  initialTopic: TopicDetail | null;
  /** Inside an iframe on another site: no share controls. */
  embedded?: boolean;
}

/** Nominal sizes for the server-rendered first paint; CSS aspect ratios match them, so nothing shifts. */
const WIDE = { width: 1120, height: 630 };
const NARROW = { width: 360, height: 480 };
const NARROW_BREAKPOINT = 640;

const KEY_DIRECTIONS: Record<string, Direction> = { ArrowLeft: "left", ArrowRight: "right", ArrowUp: "up", ArrowDown: "down" };

export function TreemapExplorer({ themes, topics, phases, initialTopic, embedded = false }: TreemapExplorerProps) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const { state, notices } = useMemo(() => parseTreemapState(searchParams, { themes, topics }), [searchParams, themes, topics]);

  const navigate = useCallback(
    (next: Partial<TreemapState>) => {
      const merged = { ...state, ...next };
      const url = `${pathname}${serializeTreemapState(merged)}`;
      window.history.pushState(null, "", url);
    },
    [state, pathname],
  );

  // Measured size; null until mounted, when both nominal layouts are drawn and CSS picks one.
  const containerRef = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  useLayoutEffect(() => {
    const el = containerRef.current;
    if (!el) return;
    const measure = () => {
      const { width, height } = el.getBoundingClientRect();
      if (width > 0 && height > 0) setSize((s) => (s && Math.abs(s.width - width) < 1 && Math.abs(s.height - height) < 1 ? s : { width, height }));
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [state.view]);

  const phasePosition = useMemo(() => new Map(phases.map((p) => [p.slug, p.position])), [phases]);
  const themePosition = useMemo(() => new Map(themes.map((t) => [t.slug, t.position])), [themes]);
  const topicBySlug = useMemo(() => new Map(topics.map((t) => [t.slug, t])), [topics]);
  const primaryPhase = useCallback((slug: string) => topicBySlug.get(slug)?.phases[0], [topicBySlug]);
  const topicFill = useCallback(
    (tile: TopicTile) => (state.color === "phase" ? phaseColor(phasePosition.get(primaryPhase(tile.slug) ?? "") ?? 1) : themeColor(themePosition.get(tile.theme) ?? 1)),
    [state.color, phasePosition, themePosition, primaryPhase],
  );
  const themeFill = useCallback((tile: { slug: string }) => (state.color === "phase" ? "#475569" : themeColor(themePosition.get(tile.slug) ?? 1)), [state.color, themePosition]);

  const layouts = useMemo(() => {
    const make = (w: number, h: number) => zoomLayout(layoutTreemap(themes, topics, w, h), state.zoom);
    return size ? { measured: make(size.width, size.height) } : { wide: make(WIDE.width, WIDE.height), narrow: make(NARROW.width, NARROW.height) };
  }, [themes, topics, size, state.zoom]);
  const layout = layouts.measured ?? layouts.wide!;

  // Roving tabindex: one tile is in the tab order; arrows move it.
  const tilesInView: Array<Rect & { slug: string }> = state.zoom ? layout.topics.filter((t) => t.theme === state.zoom) : layout.themes;
  const kind: "theme" | "topic" = state.zoom ? "topic" : "theme";
  const [focused, setFocused] = useState<string | null>(null);
  const tabSlug = focused && tilesInView.some((t) => t.slug === focused) ? focused : state.zoom && state.topic && tilesInView.some((t) => t.slug === state.topic) ? state.topic : tilesInView[0]?.slug;
  const svgHost = useRef<HTMLDivElement>(null);
  // A tile to focus once it is rendered focusable: after a zoom, that is one or two renders
  // later (the URL change arrives after the click), so the request waits until it can be met.
  const pendingFocus = useRef<{ kind: "theme" | "topic"; slug: string; until: number } | null>(null);
  // A tile can be in the DOM but not yet focusable (mid-transition of the zoom): then focus()
  // does nothing, so the request stays until focus has really moved, retried each frame.
  useEffect(() => {
    let frame = 0;
    const attempt = () => {
      const p = pendingFocus.current;
      if (!p) return;
      const el = svgHost.current?.querySelector<SVGGElement>(`[data-kind="${p.kind}"][data-slug="${p.slug}"][tabindex]`);
      el?.focus();
      if (el && document.activeElement === el) pendingFocus.current = null;
      else if (Date.now() > p.until) pendingFocus.current = null;
      else if (el) frame = requestAnimationFrame(attempt);
    };
    attempt();
    return () => cancelAnimationFrame(frame);
  });
  const focusTile = (slug: string, k: "theme" | "topic" = kind) => {
    setFocused(slug);
    pendingFocus.current = { kind: k, slug, until: Date.now() + 10_000 };
  };

  const activate = (k: "theme" | "topic", slug: string) => {
    if (k === "theme") {
      navigate({ zoom: slug, topic: state.topic && topicBySlug.get(state.topic)?.theme === slug ? state.topic : null });
      const first = layout.topics.filter((t) => t.theme === slug).sort((a, b) => b.videoCount - a.videoCount)[0];
      if (first) {
        // Keep keyboard users on the chart; a mouse click just moves the tab stop.
        if (document.activeElement && svgHost.current?.contains(document.activeElement)) focusTile(first.slug, "topic");
        else setFocused(first.slug);
      }
    } else {
      navigate({ topic: state.topic === slug ? null : slug });
      setFocused(slug);
    }
  };

  const zoomOut = () => {
    const from = state.zoom;
    navigate({ zoom: null });
    if (from) focusTile(from, "theme");
  };

  const onKeyDown = (e: KeyboardEvent<SVGGElement>, k: "theme" | "topic", slug: string) => {
    const dir = KEY_DIRECTIONS[e.key];
    if (dir) {
      e.preventDefault();
      const next = neighbour(tilesInView, slug, dir);
      if (next) focusTile(next.slug);
    } else if (e.key === "Home" || e.key === "End") {
      e.preventDefault();
      const sorted = [...tilesInView].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
      focusTile((e.key === "Home" ? sorted[0] : sorted[sorted.length - 1]).slug);
    } else if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      activate(k, slug);
    } else if (e.key === "Escape") {
      e.preventDefault();
      if (state.topic) navigate({ topic: null });
      else if (state.zoom) zoomOut();
    }
  };

  const [tooltip, setTooltip] = useState<{ x: number; y: number; text: string } | null>(null);
  const onHover = (e: PointerEvent<SVGGElement> | null, text?: string) => {
    if (!e || !text || !containerRef.current) return setTooltip(null);
    const r = containerRef.current.getBoundingClientRect();
    setTooltip({ x: e.clientX - r.left, y: e.clientY - r.top, text });
  };

  const zoomedTheme = themes.find((t) => t.slug === state.zoom);
  const svgProps = {
    zoom: state.zoom,
    selected: state.topic,
    topicFill,
    themeFill,
    tabStop: `${kind}:${tabSlug}`,
    interactive: true,
    onActivate: activate,
    onKeyDown,
    onHover,
  };

  return (
    <div className="mt-8">
      <UrlNotice notices={notices} />

      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <nav aria-label="Treemap zoom" className="text-sm">
          <ol className="flex flex-wrap items-center gap-1" data-testid="treemap-breadcrumb">
            <li>
              {state.zoom ? (
                <button type="button" onClick={zoomOut} className="rounded px-1.5 py-1 font-medium text-sky-700 underline hover:bg-slate-100 dark:text-sky-400 dark:hover:bg-slate-800">
                  All themes
                </button>
              ) : (
                <span aria-current="location" className="px-1.5 py-1 font-medium">All themes</span>
              )}
            </li>
            {zoomedTheme && (
              <li className="flex items-center gap-1">
                <span aria-hidden="true">/</span>
                <span aria-current="location" className="px-1.5 py-1 font-medium">{zoomedTheme.name}</span>
                <Link href={`/themes/${zoomedTheme.slug}`} className="text-xs text-slate-600 underline dark:text-slate-400">theme page</Link>
              </li>
            )}
          </ol>
        </nav>
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <fieldset className="flex items-center gap-1 rounded-md border border-slate-300 p-0.5 dark:border-slate-700">
            <legend className="sr-only">Colour by</legend>
            <span aria-hidden="true" className="px-1.5 text-slate-600 dark:text-slate-400">Colour</span>
            {(["theme", "phase"] as const).map((mode) => (
              <label key={mode} className={`cursor-pointer rounded px-2 py-1 ${state.color === mode ? "bg-slate-900 text-white dark:bg-white dark:text-slate-900" : "hover:bg-slate-100 dark:hover:bg-slate-800"}`}>
                <input type="radio" name="treemap-color" value={mode} checked={state.color === mode} onChange={() => navigate({ color: mode })} className="sr-only" />
                {mode === "theme" ? "Theme" : "Phase"}
              </label>
            ))}
          </fieldset>
          <button
            type="button"
            aria-pressed={state.view === "table"}
            onClick={() => navigate({ view: state.view === "table" ? "chart" : "table" })}
            className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
          >
            {state.view === "table" ? "Show as chart" : "Show as table"}
          </button>
          <ExportMenu svgHost={svgHost} themes={themes} topics={topics} phases={phases} zoom={state.zoom} />
          {!embedded && <ShareControls embedPath="/embed/treemap" />}
        </div>
      </div>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0">
          {state.view === "table" ? (
            <TreemapTable themes={themes} topics={topics} phases={phases} selected={state.topic} onSelect={(slug) => navigate({ topic: slug })} />
          ) : (
            <div ref={containerRef} className="relative aspect-[3/4] w-full sm:aspect-[16/9]" onPointerLeave={() => setTooltip(null)}>
              <div ref={svgHost} className="absolute inset-0" data-testid="treemap" data-ready={layouts.measured ? "true" : undefined}>
                {layouts.measured ? (
                  <TreemapSvg idPrefix="tm" layout={layouts.measured} {...svgProps} />
                ) : (
                  <>
                    <TreemapSvg idPrefix="tmw" layout={layouts.wide!} {...svgProps} className="hidden h-full w-full sm:block" />
                    <TreemapSvg idPrefix="tmn" layout={layouts.narrow!} {...svgProps} className="block h-full w-full sm:hidden" />
                  </>
                )}
              </div>
              {tooltip && (
                <div
                  role="presentation"
                  className="pointer-events-none absolute z-10 max-w-64 rounded-md bg-slate-900 px-2.5 py-1.5 text-xs text-white shadow-lg dark:bg-white dark:text-slate-900"
                  style={{ left: Math.min(tooltip.x + 12, (size?.width ?? 300) - 200), top: tooltip.y + 14 }}
                  data-testid="treemap-tooltip"
                >
                  {tooltip.text}
                </div>
              )}
            </div>
          )}
          <Legend mode={state.color} themes={themes} phases={phases} />
          <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
            Tile area is proportional to a topic’s video count; a theme’s area is the sum of its topics’ (a video can count for several topics).
            {state.view === "chart" && " Keyboard: Tab into the map, arrow keys move, Enter zooms or selects, Escape goes back."}
          </p>
        </div>
        <TopicPanel slug={state.topic} initial={initialTopic} themes={themes} topics={topics} phases={phases} onClose={() => navigate({ topic: null })} />
      </div>
    </div>
  );
}

function Legend({ mode, themes, phases }: { mode: "theme" | "phase"; themes: Theme[]; phases: Phase[] }) {
  const items = mode === "theme" ? themes.map((t) => ({ key: t.slug, label: t.name, color: themeColor(t.position) })) : phases.map((p) => ({ key: p.slug, label: p.name, color: phaseColor(p.position) }));
  return (
    <div className="mt-3">
      <h2 className="sr-only">Legend</h2>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300" data-testid="treemap-legend">
        {items.map((i) => (
          <li key={i.key} className="flex items-center gap-1.5">
            <span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm" style={{ backgroundColor: i.color }} />
            {i.label}
          </li>
        ))}
      </ul>
      {mode === "phase" && <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">Each topic takes the colour of the earliest lifecycle phase it is mapped to (an editorial mapping).</p>}
    </div>
  );
}
