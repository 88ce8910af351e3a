"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { cellAt, drawBase, drawOverlay, sizeCanvas } from "@/lib/render/heatmap-canvas";
import type { KeyboardEvent } from "react";
import type { HeatmapModel } from "@/lib/domain/heatmap/model";

export interface HeatmapViewProps {
  model: HeatmapModel;
  width: number;
  selected: [number, number] | null;
  active: [number, number];
  onSelect: (r: number, c: number) => void;
  onKeyDown: (e: KeyboardEvent) => void;
  onHover: (h: { r: number; c: number; x: number; y: number } | null) => void;
  describe: (r: number, c: number) => string;
}

/**
 * The matrix on canvas, for large catalogues: painted once, with hover and selection on
 * an overlay. The canvas is one focusable grid; the active cell is announced in a live
 * region, since canvas pixels have no accessible names.
 */
export function HeatmapCanvas({
  model,
  width,
  selected,
  active,
  onSelect,
  onKeyDown,
  onHover,
  describe,
}: HeatmapViewProps) {
  const n = model.order.length;
  const cell = Math.max(2, Math.floor((width - 4) / n));
  const size = cell * n;
  const base = useRef<HTMLCanvasElement>(null);
  const overlay = useRef<HTMLCanvasElement>(null);
  const [hover, setHover] = useState<[number, number] | null>(null);

  const fills = useMemo(() => {
    const out: Array<string | null> = new Array(n * n);
    for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) out[r * n + c] = model.fill(r, c);
    return out;
  }, [model, n]);

  useEffect(() => {
    if (!base.current) return;
    drawBase(sizeCanvas(base.current, size, size), { n, fills, cellSize: cell });
  }, [fills, n, cell, size]);
  useEffect(() => {
    if (!overlay.current) return;
    const ctx = overlay.current.getContext("2d")!;
    if (overlay.current.width !== Math.round(size * (window.devicePixelRatio || 1)))
      sizeCanvas(overlay.current, size, size);
    drawOverlay(ctx, n, cell, { hover: hover ?? active, selected });
  }, [hover, active, selected, n, cell, size]);

  return (
    <div className="relative" style={{ width: size, height: size }}>
      <canvas ref={base} aria-hidden="true" className="absolute inset-0" />
      <canvas
        ref={overlay}
        role="grid"
        aria-label={
          `Co-occurrence of ${n} topics, drawn on canvas. Use the arrow keys to ` +
          `move between cells; the current cell is read out.`
        }
        tabIndex={0}
        data-active="true"
        data-testid="heatmap-canvas"
        className="absolute inset-0 cursor-pointer"
        onKeyDown={onKeyDown}
        onClick={(e) => {
          const r = e.currentTarget.getBoundingClientRect();
          const hit = cellAt(e.clientX - r.left, e.clientY - r.top, n, cell);
          if (hit) onSelect(hit[0], hit[1]);
        }}
        onPointerMove={(e) => {
          const r = e.currentTarget.getBoundingClientRect();
          const hit = cellAt(e.clientX - r.left, e.clientY - r.top, n, cell);
          setHover(hit);
          onHover(hit ? { r: hit[0], c: hit[1], x: e.clientX - r.left, y: e.clientY - r.top } : null);
        }}
        onPointerLeave={() => {
          setHover(null);
          onHover(null);
        }}
      />
      <p aria-live="polite" className="sr-only" data-testid="heatmap-canvas-status">
        {describe(active[0], active[1])}
      </p>
    </div>
  );
}
