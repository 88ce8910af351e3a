"use client";

import dynamic from "next/dynamic";
/**
 * The interactive treemap: view state from the URL, layout from the pure modules, drawing
 * by TreemapSvg. Zoom, selection, colour mode and table view are search params, written
 * with history.pushState so back/forward and pasted links restore the view.
 */
import { IntentLink as Link } from "@/components/IntentLink";
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import { layoutTreemap, zoomLayout, type ThemeTile, type TopicTile } from "@/lib/domain/treemap/layout";
import {
  kindInView,
  panelHint,
  tabStopSlug,
  treemapReducer,
  type TileKind,
  type TreemapEvent,
  type TreemapTile,
} from "@/lib/domain/treemap/interaction";
import { phaseColor } from "@/lib/domain/color";
import { themeColor } from "@/lib/domain/palette";
import { treemapColorInput, treemapThemeFill, treemapTopicFill } from "@/lib/domain/chart-scheme";
import { parseTreemapState, serializeTreemapState } from "@/lib/domain/treemap/url";
import type { Phase, TopicDetail } from "@/lib/schemas/api";
import type { TreemapTheme, TreemapTopic } from "@/lib/domain/treemap/explorer-input";
import { useUrlState } from "../hooks/useUrlState";
import { useElementSize } from "../hooks/useElementSize";
import { useRovingFocus } from "../hooks/useRovingFocus";
import { useRevealDetails } from "../hooks/useRevealDetails";
import { TreemapSvg } from "./TreemapSvg";
import { TopicPanel } from "./TopicPanel";
import { ExportMenu } from "./ExportMenu";
import { ShareControls } from "../ShareControls";
import { UrlNotice } from "../UrlNotice";
import { DormantSlot } from "../DormantSlot";
// Only the table view needs it: loaded when first shown (rendered on the server for a link that opens the
// table, so its code then comes with the page).
const TreemapTable = dynamic(() => import("./TreemapTable").then((m) => m.TreemapTable));

export interface TreemapExplorerProps {
  themes: TreemapTheme[];
  topics: TreemapTopic[];
  phases: Phase[];
  initialTopic: TopicDetail | null;
  /** For the exports' source line. */
  datasetVersion?: string;
  /** Inside an iframe on another site: no share controls. */
  embedded?: boolean;
}

/** Nominal sizes for the server-rendered first paint; CSS aspect ratios match them, so nothing shifts. */
const WIDE = { width: 1120, height: 630 };
const NARROW = { width: 360, height: 480 };

/** The two server-rendered drawings; CSS shows one until the client has measured (then it is drawn in it). */
const DRAWING_SLOTS = [
  { name: "wide", idPrefix: "tmw", unmeasuredClassName: "hidden h-full w-full sm:block" },
  { name: "narrow", idPrefix: "tmn", unmeasuredClassName: "h-full w-full sm:hidden" },
] as const;

export function TreemapExplorer({
  themes,
  topics,
  phases,
  initialTopic,
  datasetVersion = "",
  embedded = false,
}: TreemapExplorerProps) {
  const parse = useCallback((p: URLSearchParams) => parseTreemapState(p, { themes, topics }), [themes, topics]);
  const { state, notices, navigate } = useUrlState(parse, serializeTreemapState);

  // Measured size; null until mounted, when both nominal layouts are drawn and CSS picks one.
  const containerRef = useRef<HTMLDivElement>(null);
  const size = useElementSize(containerRef, [state.view]);

  const colorInput = useMemo(() => treemapColorInput(themes, phases, topics), [themes, phases, topics]);
  const topicFill = useCallback(
    (tile: TopicTile) => treemapTopicFill(state.color, tile, colorInput),
    [state.color, colorInput],
  );
  const themeFill = useCallback(
    (tile: ThemeTile) => treemapThemeFill(state.color, tile, colorInput),
    [state.color, colorInput],
  );

  const layouts = useMemo(() => {
    const make = (w: number, h: number) => zoomLayout(layoutTreemap(themes, topics, w, h), state.zoom);
    return size && size.height > 0
      ? { measured: make(size.width, size.height) }
      : { wide: make(WIDE.width, WIDE.height), narrow: make(NARROW.width, NARROW.height) };
  }, [themes, topics, size, state.zoom]);
  const layout = layouts.measured ?? layouts.wide!;
  // The slot the measured layout is drawn in: the one the page showed when first measured (the container's aspect
  // ratio is CSS's choice), kept after, so a resize redraws that drawing rather than moving it.
  const [drawIn, setDrawIn] = useState<"wide" | "narrow" | null>(null);
  if (layouts.measured && drawIn === null) setDrawIn(size!.width > size!.height ? "wide" : "narrow");

  // Roving tabindex: one tile is in the tab order; arrows move it (lib/domain/treemap/interaction.ts).
  const tilesInView: TreemapTile[] = state.zoom ? layout.topics.filter((t) => t.theme === state.zoom) : layout.themes;
  const kind = kindInView(state);
  const [focused, setFocused] = useState<string | null>(null);
  const tabSlug = tabStopSlug({ zoom: state.zoom, topic: state.topic, focused }, tilesInView);
  const svgHost = useRef<HTMLDivElement>(null);
  const requestFocus = useRovingFocus(svgHost);

  // Tiles animate (globals.css: [data-animate] .tm-anim) from the frame after the first measured drawing on: that
  // drawing only replaces the server's nominal layout, and a transition there is 450 ms of frames after hydration.
  const measured = layouts.measured !== undefined;
  useEffect(() => {
    const host = svgHost.current;
    if (!measured || !host) return;
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => host.setAttribute("data-animate", "true"));
    });
    return () => cancelAnimationFrame(frame);
  }, [measured, state.view]);

  const panel = useRef<HTMLDivElement>(null);
  const { announcement, reveal } = useRevealDetails(panel);
  const topicBySlug = useMemo(() => new Map(topics.map((t) => [t.slug, t])), [topics]);

  const revealTopic = (slug: string) => {
    const topic = topicBySlug.get(slug);
    if (topic) reveal(`Selected ${topic.name}: ${topic.videoCount} videos, ${topic.share.toFixed(1)}%.`, true, slug);
  };
  const dispatch = (event: TreemapEvent) => {
    const t = treemapReducer({ zoom: state.zoom, topic: state.topic, focused }, event, { tilesInView, topics });
    if (t.state.zoom !== state.zoom || t.state.topic !== state.topic)
      navigate({ zoom: t.state.zoom, topic: t.state.topic });
    if (t.state.focused !== focused) setFocused(t.state.focused);
    if (t.focus) requestFocus(`[data-kind="${t.focus.kind}"][data-slug="${t.focus.slug}"][tabindex]`);
    if (t.state.topic && t.state.topic !== state.topic) revealTopic(t.state.topic);
    else if (t.state.zoom !== state.zoom && t.state.zoom)
      reveal(`Zoomed into ${themes.find((th) => th.slug === t.state.zoom)?.name}.`, false);
    return t.handled;
  };
  const activate = (k: TileKind, slug: string) =>
    dispatch({
      type: "activate",
      kind: k,
      slug,
      fromKeyboard: !!document.activeElement && !!svgHost.current?.contains(document.activeElement),
    });
  const zoomOut = () => dispatch({ type: "zoomOut" });
  const onKeyDown = (e: KeyboardEvent<SVGGElement>, _k: TileKind, slug: string) => {
    if (dispatch({ type: "key", key: e.key, slug })) e.preventDefault();
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
    // Below lg the parts are one column, and a selected topic's details come first (after any notice): a shared
    // ?topic= link opens on that topic, not below the map. No scroll anchoring: when a selection moves the details
    // above the map, the browser would keep the tapped tile still and push the details off screen.
    <div className="mt-8 [overflow-anchor:none] max-lg:flex max-lg:flex-col">
      <div className="max-lg:-order-2">
        <UrlNotice notices={notices} />
      </div>
      <p role="status" className="sr-only" data-testid="treemap-announcement">
        {announcement}
      </p>

      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <nav aria-label="Treemap zoom" className="text-sm">
          <ol className="flex flex-wrap items-center gap-1" data-testid="treemap-breadcrumb">
            <li>
              {state.zoom ? (
                <button
                  type="button"
                  onClick={zoomOut}
                  className={
                    "rounded px-1.5 py-1 font-medium text-sky-700 underline " +
                    "hover:bg-slate-100 dark:text-sky-400 dark:hover:bg-slate-800"
                  }
                >
                  All themes
                </button>
              ) : (
                <span aria-current="location" className="px-1.5 py-1 font-medium">
                  All themes
                </span>
              )}
            </li>
            {zoomedTheme && (
              <li className="flex items-center gap-1">
                <span aria-hidden="true">/</span>
                <span aria-current="location" className="px-1.5 py-1 font-medium">
                  {zoomedTheme.name}
                </span>
                <Link
                  href={`/themes/${zoomedTheme.slug}`}
                  className="text-xs text-slate-600 underline dark:text-slate-400"
                >
                  theme page
                </Link>
              </li>
            )}
          </ol>
        </nav>
        <div className="flex flex-wrap items-center gap-2 text-sm">
          {state.view === "chart" && (
            <fieldset
              className={"flex items-center gap-1 rounded-md border border-slate-300 p-0.5 " + "dark:border-slate-700"}
            >
              <legend className="sr-only">Colour by</legend>
              <span aria-hidden="true" className="px-1.5 text-slate-600 dark:text-slate-400">
                Colour
              </span>
              {(["theme", "phase"] as const).map((mode) => (
                <label
                  key={mode}
                  className={
                    `cursor-pointer rounded px-2 py-1 ` +
                    `${
                      state.color === mode
                        ? "bg-slate-900 text-white dark:bg-white dark:text-slate-900"
                        : "hover:bg-slate-100 dark:hover:bg-slate-800"
                    }`
                  }
                >
                  <input
                    type="radio"
                    name="treemap-color"
                    value={mode}
                    checked={state.color === mode}
                    onChange={() => navigate({ color: mode })}
                    className="sr-only"
                  />
                  {mode === "theme" ? "Theme" : "Phase"}
                </label>
              ))}
            </fieldset>
          )}
          <button
            type="button"
            aria-pressed={state.view === "table"}
            onClick={() => navigate({ view: state.view === "table" ? "chart" : "table" })}
            className={
              "rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-100 " +
              "dark:border-slate-700 dark:hover:bg-slate-800"
            }
          >
            {state.view === "table" ? "Show as chart" : "Show as table"}
          </button>
          <ExportMenu state={state} themes={themes} topics={topics} phases={phases} datasetVersion={datasetVersion} />
          {!embedded && <ShareControls embedPath="/embed/treemap" />}
        </div>
      </div>

      <div className="grid gap-6 max-lg:contents lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0">
          {state.view === "table" ? (
            <TreemapTable
              themes={themes}
              topics={topics}
              phases={phases}
              selected={state.topic}
              onSelect={(slug) => {
                navigate({ topic: slug });
                revealTopic(slug);
              }}
            />
          ) : (
            <div
              ref={containerRef}
              className="relative aspect-[3/4] w-full sm:aspect-[16/9]"
              onPointerLeave={() => setTooltip(null)}
            >
              <div
                ref={svgHost}
                className="absolute inset-0"
                data-testid="treemap"
                data-ready={layouts.measured ? "true" : undefined}
              >
                {/* Two fixed slots, wide and narrow: the measured layout is drawn in the one the page showed
                    (drawIn), so measuring updates that drawing rather than drawing a third; the one CSS hides when
                    the page hydrates is not hydrated (DormantSlot). */}
                {DRAWING_SLOTS.map((slot) => (
                  <DormantSlot
                    key={slot.name}
                    className={drawIn ? (drawIn === slot.name ? "h-full w-full" : "hidden") : slot.unmeasuredClassName}
                    settled={drawIn !== null}
                    shown={drawIn === slot.name}
                  >
                    <TreemapSvg
                      idPrefix={slot.idPrefix}
                      layout={layouts.measured ?? layouts[slot.name]!}
                      {...svgProps}
                      className="h-full w-full"
                    />
                  </DormantSlot>
                ))}
              </div>
              {tooltip && (
                <div
                  role="presentation"
                  className={
                    "pointer-events-none absolute z-10 max-w-64 rounded-md bg-slate-900 " +
                    "px-2.5 py-1.5 text-xs text-white shadow-lg dark:bg-white " +
                    "dark:text-slate-900"
                  }
                  style={{ left: Math.min(tooltip.x + 12, (size?.width ?? 300) - 200), top: tooltip.y + 14 }}
                  data-testid="treemap-tooltip"
                >
                  {tooltip.text}
                </div>
              )}
            </div>
          )}
          {state.view === "chart" && <Legend mode={state.color} themes={themes} phases={phases} />}
          <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
            Tile area is proportional to a topic’s video count; a theme’s area is the sum of its topics’ (a video can
            count for several topics).
            {state.view === "chart" &&
              " Keyboard: Tab into the map, arrow keys move, Enter zooms or selects, Escape goes back."}
          </p>
        </div>
        <div
          ref={panel}
          tabIndex={-1}
          data-selected={state.topic ?? ""}
          className={`scroll-mt-4 outline-none ${state.topic ? "max-lg:-order-1 max-lg:mb-4" : "max-lg:mt-6"}`}
        >
          <TopicPanel
            slug={state.topic}
            initial={initialTopic}
            themes={themes}
            topics={topics}
            phases={phases}
            onClose={() => navigate({ topic: null })}
            emptyHint={panelHint(zoomedTheme?.name ?? null)}
            zoom={state.zoom}
            topicHref={(slug) => serializeTreemapState({ ...state, topic: slug })}
            onSelect={(slug) => {
              navigate({ topic: slug });
              revealTopic(slug);
            }}
          />
        </div>
      </div>
    </div>
  );
}

function Legend({ mode, themes, phases }: { mode: "theme" | "phase"; themes: TreemapTheme[]; phases: Phase[] }) {
  const items =
    mode === "theme"
      ? themes.map((t) => ({ key: t.slug, label: t.name, color: themeColor(t.position) }))
      : phases.map((p) => ({ key: p.slug, label: p.name, color: phaseColor(p.position) }));
  return (
    <div className="mt-3">
      <h2 className="sr-only">Legend</h2>
      <ul
        className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300"
        data-testid="treemap-legend"
      >
        {items.map((i) => (
          <li key={i.key} className="flex items-center gap-1.5">
            <span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm" style={{ backgroundColor: i.color }} />
            {i.label}
          </li>
        ))}
      </ul>
      {mode === "phase" && (
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          Each topic takes the colour of the earliest lifecycle phase it is mapped to (an editorial mapping).
        </p>
      )}
    </div>
  );
}
