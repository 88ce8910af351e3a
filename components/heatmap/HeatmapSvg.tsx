"use client";

import type { KeyboardEvent } from "react";
import { fitText } from "@/lib/domain/label-fit";
import type { HeatmapModel } from "./HeatmapExplorer";

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

export function matrixGeometry(n: number, width: number) {
  const label = Math.round(Math.min(180, Math.max(96, width * 0.26)));
  // Column labels lean right at -60°, so the last ones need room beyond the matrix.
  const overhang = 64;
  const cell = Math.max(14, Math.min(40, Math.floor((width - label - 12 - overhang) / n)));
  return { label, cell, band: 6, width: label + 12 + cell * n + overhang, height: label + 12 + cell * n };
}

/**
 * The matrix as SVG with grid semantics: a row of column headers, then one row per topic
 * with its row header and n gridcells. Each cell's accessible name states both topics,
 * the value and where it comes from.
 */
export function HeatmapSvg({ model, width, selected, active, onSelect, onKeyDown, onHover, describe, bands }: HeatmapViewProps & { bands: Array<{ start: number; end: number; color: string; theme: string }> }) {
  const { matrix, order } = model;
  const n = order.length;
  const g = matrixGeometry(n, width);
  const x0 = g.label + 12;
  const y0 = g.label + 12;
  const fontSize = g.cell >= 26 ? 11 : 9;
  const name = (pos: number) => matrix.topics[order[pos]].name;
  const hoverAt = (e: React.PointerEvent, r: number, c: number) => {
    const host = (e.currentTarget as SVGElement).ownerSVGElement?.parentElement?.getBoundingClientRect();
    if (host) onHover({ r, c, x: e.clientX - host.left, y: e.clientY - host.top });
  };
  return (
    <svg
      role="grid"
      aria-label={`Co-occurrence of ${n} topics: ${model.measure === "count" ? "joint videos" : model.measure === "jaccard" ? "Jaccard index" : "share of the row topic's videos that also discuss the column topic"}`}
      aria-rowcount={n + 1}
      aria-colcount={n + 1}
      width={g.width}
      height={g.height}
      viewBox={`0 0 ${g.width} ${g.height}`}
      fontFamily="ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"
      className="block text-slate-800 dark:text-slate-200"
      onKeyDown={onKeyDown}
    >
      <defs>
        <pattern id="hm-hatch" width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" fill="#f1f5f9" />
          <path d="M0 6L6 0" stroke="#94a3b8" strokeWidth="1" />
        </pattern>
      </defs>
      {bands.map((b) => (
        <g key={b.theme} aria-hidden="true">
          <rect x={g.label + 2} y={y0 + b.start * g.cell} width={g.band} height={(b.end - b.start) * g.cell - 1} fill={b.color} />
          <rect x={x0 + b.start * g.cell} y={g.label + 2} width={(b.end - b.start) * g.cell - 1} height={g.band} fill={b.color} />
        </g>
      ))}
      <g role="row" aria-rowindex={1}>
        {order.map((_, c) => (
          <text
            key={c}
            role="columnheader"
            aria-colindex={c + 2}
            aria-label={name(c)}
            transform={`translate(${x0 + c * g.cell + g.cell / 2 + 4}, ${g.label}) rotate(-60)`}
            fontSize={11}
            fill="currentColor"
          >
            {fitText(name(c), g.label / 0.87 - 4, 11)}
          </text>
        ))}
      </g>
      {order.map((_, r) => (
        <g role="row" aria-rowindex={r + 2} key={r}>
          <text role="rowheader" aria-colindex={1} aria-label={name(r)} x={g.label - 2} y={y0 + r * g.cell + g.cell / 2 + 4} textAnchor="end" fontSize={11} fill="currentColor">
            {fitText(name(r), g.label - 6, 11)}
          </text>
          {order.map((_, c) => {
            const fill = model.fill(r, c);
            const isActive = active[0] === r && active[1] === c;
            const isSelected = selected !== null && selected[0] === r && selected[1] === c;
            const pair = r === c ? undefined : matrix.pairs[order[r] * n + order[c]];
            const label = model.label(r, c);
            const showText = fill !== null && g.cell >= 22 && (model.measure === "count" || g.cell >= 34 || r === c);
            return (
              <g
                key={c}
                role="gridcell"
                aria-colindex={c + 2}
                aria-selected={isSelected}
                aria-label={describe(r, c)}
                tabIndex={isActive ? 0 : -1}
                data-active={isActive || undefined}
                data-row={matrix.topics[order[r]].slug}
                data-col={matrix.topics[order[c]].slug}
                data-provenance={r === c ? "diagonal" : (pair?.provenance ?? "not_reported")}
                className="hm-cell cursor-pointer"
                onClick={() => onSelect(r, c)}
                onPointerMove={(e) => hoverAt(e, r, c)}
                onPointerLeave={() => onHover(null)}
              >
                <rect x={x0 + c * g.cell} y={y0 + r * g.cell} width={g.cell - 1} height={g.cell - 1} fill={fill ?? "url(#hm-hatch)"} />
                {pair?.note && <rect x={x0 + c * g.cell + 1.5} y={y0 + r * g.cell + 1.5} width={g.cell - 4} height={g.cell - 4} fill="none" stroke="#d97706" strokeWidth={2} strokeDasharray="3 2" />}
                {showText && (
                  <text x={x0 + c * g.cell + (g.cell - 1) / 2} y={y0 + r * g.cell + g.cell / 2 + fontSize / 3} textAnchor="middle" fontSize={fontSize} fill={model.textColor(r, c)} aria-hidden="true">
                    {model.measure === "count" || r === c ? label : label.replace("%", "")}
                  </text>
                )}
                {isSelected && <rect x={x0 + c * g.cell + 1} y={y0 + r * g.cell + 1} width={g.cell - 3} height={g.cell - 3} fill="none" stroke="#0f172a" strokeWidth={3} className="dark:stroke-white" />}
                {/* Only the active cell can take keyboard focus (roving tabindex), so only it needs a ring: 400 fewer nodes to hydrate. */}
                {isActive && <rect className="hm-focus" x={x0 + c * g.cell - 1} y={y0 + r * g.cell - 1} width={g.cell + 1} height={g.cell + 1} fill="none" />}
              </g>
            );
          })}
        </g>
      ))}
    </svg>
  );
}
