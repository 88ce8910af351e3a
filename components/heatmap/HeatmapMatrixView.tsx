"use client";

import dynamic from "next/dynamic";
import { useState, type KeyboardEvent, type RefObject } from "react";
import type { CellPos } from "@/lib/domain/heatmap/interaction";
import type { HeatmapModel } from "@/lib/domain/heatmap/model";
import { tooltipPosition, type ColouredBand, type HeatmapLayout } from "@/lib/domain/heatmap/view";
import { HeatmapSvg } from "./HeatmapSvg";

// Only very large matrices need it: loaded when first shown.
const HeatmapCanvas = dynamic(() => import("./HeatmapCanvas").then((m) => m.HeatmapCanvas));

type Hover = { r: number; c: number; x: number; y: number };

/**
 * The matrix in its frame: SVG (canvas from CANVAS_FROM topics), the tooltip, and on a narrow screen
 * the panning hint and the way back to the ranked list. `frame` is the element the roving focus and
 * the exports look in.
 */
export function HeatmapMatrixView({
  frame,
  model,
  darkModel,
  layout,
  bands,
  selected,
  active,
  onSelect,
  onKeyDown,
  onShowList,
}: {
  frame: RefObject<HTMLDivElement | null>;
  model: HeatmapModel;
  darkModel: HeatmapModel;
  layout: Pick<HeatmapLayout, "narrow" | "frameClass" | "useCanvas" | "width" | "svgWidth" | "minCell">;
  bands: ColouredBand[];
  selected: CellPos | null;
  active: CellPos;
  onSelect: (r: number, c: number) => void;
  onKeyDown: (e: KeyboardEvent) => void;
  onShowList: () => void;
}) {
  const [hover, setHover] = useState<Hover | null>(null);
  const { narrow, width } = layout;
  const n = model.matrix.topics.length;
  return (
    <>
      {narrow && (
        <div className={"mb-2 flex items-center justify-between gap-2 text-xs text-slate-700 dark:text-slate-300"}>
          <span data-testid="pan-hint">Swipe sideways to see all {n} columns →</span>
          <button
            type="button"
            onClick={onShowList}
            className="min-h-9 rounded-md border border-slate-300 px-2.5 py-1 dark:border-slate-700"
          >
            Ranked list
          </button>
        </div>
      )}
      <div
        ref={frame}
        className={layout.frameClass}
        data-testid="heatmap"
        tabIndex={narrow ? -1 : undefined}
        onPointerLeave={() => setHover(null)}
      >
        {layout.useCanvas ? (
          <HeatmapCanvas
            model={model}
            width={width}
            selected={selected}
            active={active}
            onSelect={onSelect}
            onKeyDown={onKeyDown}
            onHover={(h) => setHover(h)}
            describe={model.describe}
          />
        ) : (
          <HeatmapSvg
            model={model}
            dark={darkModel}
            width={layout.svgWidth}
            minCell={layout.minCell}
            bands={bands}
            selected={selected}
            active={active}
            onSelect={onSelect}
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
            style={tooltipPosition(hover, width)}
          >
            {model.describe(hover.r, hover.c)}
          </div>
        )}
      </div>
    </>
  );
}
