"use client";

/**
 * The co-occurrence heatmap. Data: the matrix the server rendered the page with (the same body as
 * /api/v1/cooccurrence), so nothing is fetched and switching ordering or value type never refetches;
 * like the rest of the page it is as fresh as the page. View state: the URL. Interactions: a reducer
 * (lib/domain/heatmap/interaction.ts). What is shown at which width: lib/domain/heatmap/view.ts. Cells:
 * lib/domain/heatmap/model.ts. This component wires them to React and draws the parts.
 */
import dynamic from "next/dynamic";
import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { rememberedOrder } from "@/lib/domain/heatmap/order";
import { parseHeatmapState, serializeHeatmapState } from "@/lib/domain/heatmap/url";
import { buildHeatmapModel } from "@/lib/domain/heatmap/model";
import {
  heatmapReducer,
  selectedPosition,
  selectionSentence,
  tabStop,
  type CellPos,
  type HeatmapEvent,
} from "@/lib/domain/heatmap/interaction";
import {
  colouredBands,
  explorerMatrix,
  heatmapLayout,
  provenanceCounts,
  type HeatmapLayout,
} from "@/lib/domain/heatmap/view";
import { type KnownPairs, withUnreportedPairs } from "@/lib/domain/heatmap/known-pairs";
import type { HeatmapTheme, HeatmapTopic } from "@/lib/domain/heatmap/explorer-input";
import { useUrlState } from "../hooks/useUrlState";
import { useElementSize } from "../hooks/useElementSize";
import { useRovingFocus } from "../hooks/useRovingFocus";
import { useRevealDetails } from "../hooks/useRevealDetails";
import { HeatmapControls } from "./HeatmapControls";
import { HeatmapListView } from "./HeatmapListView";
import { HeatmapMatrixView } from "./HeatmapMatrixView";
import { HeatmapLegend } from "./HeatmapLegend";
import { CellPanel } from "./CellPanel";
import { HeatmapExport } from "./HeatmapExport";
import { ShareControls } from "../ShareControls";
import { UrlNotice } from "../UrlNotice";
import { DormantSlot } from "../DormantSlot";

// Only the table view needs it: loaded when first shown (rendered on the server for a link that opens the
// table, so its code then comes with the page).
const PairTable = dynamic(() => import("./PairTable").then((m) => m.PairTable));

export function HeatmapExplorer({
  initial: sent,
  themes,
  topics,
  datasetVersion = "",
  basePath = "/cooccurrence",
  embedded = false,
}: {
  /** The matrix, only its known pairs (lib/domain/heatmap/known-pairs.ts): the rest are not reported. */
  initial: KnownPairs;
  themes: HeatmapTheme[];
  topics: HeatmapTopic[];
  datasetVersion?: string;
  /** The page the heatmap is on (/cooccurrence, or /v/<version>/cooccurrence): its cells' citation files are below. */
  basePath?: string;
  embedded?: boolean;
}) {
  const initial = useMemo(() => withUnreportedPairs(sent), [sent]);
  const known = useMemo(() => new Set(initial.topics), [initial.topics]);
  const parse = useCallback((p: URLSearchParams) => parseHeatmapState(p, known), [known]);
  const { state, notices, navigate } = useUrlState(parse, serializeHeatmapState);

  const matrix = useMemo(() => explorerMatrix(initial, topics), [initial, topics]);
  const themeOrder = useMemo(() => themes.map((t) => t.slug), [themes]);
  const order = useMemo(() => rememberedOrder(matrix, state.order, themeOrder), [matrix, state.order, themeOrder]);
  const slugs = useMemo(() => order.map((i) => matrix.topics[i].slug), [matrix, order]);
  const model = useMemo(() => buildHeatmapModel(matrix, order, state.value, "light"), [matrix, order, state.value]);
  const darkModel = useMemo(() => buildHeatmapModel(matrix, order, state.value, "dark"), [matrix, order, state.value]);

  // The cell with the keyboard's tab stop, once moved; the reducer decides every transition.
  const [active, setActive] = useState<CellPos | null>(null);
  const interaction = { cell: state.cell, active };
  const host = useRef<HTMLDivElement>(null);
  const requestFocus = useRovingFocus(host);
  const panel = useRef<HTMLDivElement>(null);
  const { announcement, reveal } = useRevealDetails(panel);
  const dispatch = (event: HeatmapEvent) => {
    const t = heatmapReducer(interaction, event, { slugs });
    if (t.state.active !== active) setActive(t.state.active);
    if (t.navigate) navigate({ cell: t.state.cell });
    if (t.reveal === "cell" && t.state.cell)
      reveal(selectionSentence(matrix, t.state.cell, state.value), true, t.state.cell.join("~"));
    else if (t.reveal === "cleared") reveal("Selection cleared");
    if (t.focus) requestFocus('[data-active="true"]');
    return t.handled;
  };
  const select = (r: number, c: number) => dispatch({ type: "activate", r, c });
  const pick = (a: string, b: string) => dispatch({ type: "pick", a, b });
  const onKeyDown = (e: KeyboardEvent) => {
    if (dispatch({ type: "key", key: e.key })) e.preventDefault();
  };

  // Width available for the matrix; cells are square. Before the first measurement the list and the matrix
  // are both rendered and the container query below NARROW_WIDTH shows one, as are the matrix's controls.
  const sizer = useRef<HTMLDivElement>(null);
  const measured = useElementSize(sizer, [state.view]);
  const [matrixOnNarrow, setMatrixOnNarrow] = useState(false);
  const layout = heatmapLayout({
    measuredWidth: measured?.width ?? null,
    matrixOnNarrow,
    view: state.view,
    topicCount: matrix.topics.length,
  });
  const counts = provenanceCounts(initial.pairs);
  /** A slot's props: its class, and once measured whether it is drawn. */
  const slotProps = (slot: HeatmapLayout["listSlot"]) => ({
    className: slot.className,
    settled: !layout.unmeasured,
    shown: slot.rendered,
  });

  return (
    // A size container: before the first measurement (the server render, the first paint) CSS container
    // queries pick the same view the measurement will, so a phone never sees the matrix turn into the list.
    // Below lg the parts are one column, and a selected cell's details come first (after any notice): a shared
    // link opens on what was shared, not below the list of every topic. No scroll anchoring: when a selection moves
    // the details above the list, the browser would keep the tapped pair still and push the details off screen.
    <div className="@container [overflow-anchor:none] max-lg:flex max-lg:flex-col max-lg:gap-3">
      <div className="max-lg:-order-2">
        <UrlNotice notices={notices} />
      </div>
      <HeatmapControls state={state} layout={layout} navigate={navigate} />
      <p role="status" className="sr-only" data-testid="heatmap-announcement">
        {announcement}
      </p>

      <div className="mt-3 grid gap-6 max-lg:contents lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0" ref={sizer}>
          {layout.isTable ? (
            <PairTable matrix={matrix} measure={state.value} onSelect={pick} selected={state.cell} />
          ) : (
            // Two fixed slots, so measuring never remounts the view that stays; the one CSS hides when the page
            // hydrates is not hydrated (DormantSlot).
            <>
              <DormantSlot {...slotProps(layout.listSlot)}>
                <HeatmapListView
                  matrix={matrix}
                  measure={state.value}
                  selected={state.cell}
                  onSelect={pick}
                  onShowMatrix={() => setMatrixOnNarrow(true)}
                />
              </DormantSlot>
              <DormantSlot {...slotProps(layout.matrixSlot)}>
                <HeatmapMatrixView
                  frame={host}
                  model={model}
                  darkModel={darkModel}
                  layout={layout}
                  bands={colouredBands(matrix, order, state.order, themes)}
                  selected={selectedPosition(state.cell, slugs)}
                  active={tabStop(interaction, slugs)}
                  onSelect={select}
                  onKeyDown={onKeyDown}
                  onShowList={() => setMatrixOnNarrow(false)}
                />
              </DormantSlot>
            </>
          )}
          {!layout.isTable && <HeatmapLegend measure={state.value} max={model.max} />}
          <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
            {counts.reported} pairs are reported in the paper’s text
            {counts.computed ? `, ${counts.computed} computed from imported video→topic assignments` : ""}; the rest are
            not reported{layout.isTable ? "" : " and drawn hatched"}, never as 0.
            {layout.showMatrixControls &&
              " The diagonal shows each topic’s own video count. Keyboard: Tab into " +
                "the matrix, arrow keys move, Enter selects, Escape clears."}
          </p>
        </div>
        <div className={`flex flex-col gap-4 ${state.cell ? "max-lg:-order-1" : ""}`}>
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
          <div
            ref={panel}
            tabIndex={-1}
            data-selected={state.cell?.join("~") ?? ""}
            className="scroll-mt-4 outline-none max-lg:order-first"
          >
            <CellPanel
              cell={state.cell}
              matrix={matrix}
              measure={state.value}
              basePath={embedded ? null : basePath}
              datasetVersion={datasetVersion}
              onClose={() => dispatch({ type: "clear" })}
            />
          </div>
        </div>
      </div>
    </div>
  );
}
