import type { KeyboardEvent, PointerEvent } from "react";
import { SCHEME_COLORS, schemePaint } from "@/lib/domain/chart-scheme";
import {
  cellText,
  heatmapGeometry,
  showsCellText,
  type HeatmapGeometry,
  type HeatmapModel,
} from "@/lib/domain/heatmap/model";
import { MEASURE_LABEL } from "@/lib/domain/heatmap/matrix";

export interface HeatmapSvgProps {
  /** The model in the scheme to draw; with `dark` as well, colours follow the page (CSS light-dark()). */
  model: HeatmapModel;
  dark?: HeatmapModel;
  width: number;
  minCell?: number;
  bands?: Array<{ start: number; end: number; color: string; theme: string }>;
  selected?: [number, number] | null;
  active?: [number, number] | null;
  onSelect?: (r: number, c: number) => void;
  onKeyDown?: (e: KeyboardEvent) => void;
  onHover?: (h: { r: number; c: number; x: number; y: number } | null) => void;
  /** Distinguishes pattern ids when several matrices share a document. */
  idPrefix?: string;
  /** The accessible name of a row's and column's header (the topic's name unless given; e.g. with a status). */
  headerName?: (pos: number) => string;
  /** Fades cells (1 = as drawn); an overlay uses it to set apart the cells it is about. */
  cellOpacity?: (r: number, c: number) => number;
}

/**
 * The matrix as SVG with grid semantics: a row of column headers, then one row per topic
 * with its row header and n gridcells. Each cell's accessible name states both topics, the
 * value and where it comes from. No state and no maths: the model and geometry come from
 * lib/domain/heatmap/model.ts, so the page, the export and the snapshot tests draw the same.
 */
export function HeatmapSvg({
  model,
  dark,
  width,
  minCell,
  bands = [],
  selected = null,
  active = null,
  onSelect,
  onKeyDown,
  onHover,
  idPrefix = "hm",
  headerName,
  cellOpacity,
}: HeatmapSvgProps) {
  const { matrix, order } = model;
  const n = order.length;
  const g: HeatmapGeometry = heatmapGeometry(
    order.map((_, p) => model.name(p)),
    width,
    { minCell },
  );
  const light = SCHEME_COLORS[model.scheme];
  const night = dark ? SCHEME_COLORS[dark.scheme] : undefined;
  const paint = (l: string, d?: string) => schemePaint(l, dark ? d : undefined);
  const interactive = !!onSelect;
  const hatch = `${idPrefix}-hatch`;
  const hoverAt = (e: PointerEvent, r: number, c: number) => {
    const host = (e.currentTarget as SVGElement).ownerSVGElement?.parentElement?.getBoundingClientRect();
    if (host) onHover?.({ r, c, x: e.clientX - host.left, y: e.clientY - host.top });
  };
  return (
    <svg
      role="grid"
      aria-label={`Co-occurrence of ${n} topics: ${MEASURE_LABEL[model.measure]}`}
      aria-rowcount={n + 1}
      aria-colcount={n + 1}
      width={g.width}
      height={g.height}
      viewBox={`0 0 ${g.width} ${g.height}`}
      fontFamily="Inter, ui-sans-serif, system-ui, sans-serif"
      style={{ color: paint(light.text, night?.text), display: "block" }}
      onKeyDown={onKeyDown}
    >
      <defs>
        <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" style={{ fill: paint(light.missingFill, night?.missingFill) }} />
          <path d="M0 6L6 0" strokeWidth="1" style={{ stroke: paint(light.missingHatch, night?.missingHatch) }} />
        </pattern>
      </defs>
      {bands.map((b) => (
        <g key={b.theme} aria-hidden="true">
          <rect
            x={g.label + 2}
            y={g.y0 + b.start * g.cell}
            width={g.band}
            height={(b.end - b.start) * g.cell - 1}
            fill={b.color}
          />
          <rect
            x={g.x0 + b.start * g.cell}
            y={g.top + 2}
            width={(b.end - b.start) * g.cell - 1}
            height={g.band}
            fill={b.color}
          />
        </g>
      ))}
      <g role="row" aria-rowindex={1}>
        {order.map((_, c) => (
          <text
            key={c}
            role="columnheader"
            aria-colindex={c + 2}
            aria-label={headerName?.(c) ?? model.name(c)}
            transform={`translate(${g.x0 + c * g.cell + g.cell / 2 + 4}, ${g.top}) rotate(-60)`}
            fontSize={11}
            fill="currentColor"
          >
            {g.columnLabels[c]}
          </text>
        ))}
      </g>
      {order.map((_, r) => (
        <g role="row" aria-rowindex={r + 2} key={r}>
          <text
            role="rowheader"
            aria-colindex={1}
            aria-label={headerName?.(r) ?? model.name(r)}
            x={g.label - 2}
            y={g.y0 + r * g.cell + g.cell / 2 + 4}
            textAnchor="end"
            fontSize={11}
            fill="currentColor"
          >
            {g.rowLabels[r]}
          </text>
          {order.map((_, c) => {
            const fill = model.fill(r, c);
            const darkFill = dark?.fill(r, c);
            const isActive = !!active && active[0] === r && active[1] === c;
            const isSelected = selected !== null && selected[0] === r && selected[1] === c;
            const pair = model.pair(r, c);
            const x = g.x0 + c * g.cell;
            const y = g.y0 + r * g.cell;
            return (
              <g
                key={c}
                role="gridcell"
                aria-colindex={c + 2}
                aria-selected={interactive ? isSelected : undefined}
                aria-label={model.describe(r, c)}
                tabIndex={interactive ? (isActive ? 0 : -1) : undefined}
                data-active={isActive || undefined}
                data-row={matrix.topics[order[r]].slug}
                data-col={matrix.topics[order[c]].slug}
                data-provenance={model.kind(r, c)}
                opacity={cellOpacity?.(r, c)}
                className={interactive ? "hm-cell cursor-pointer" : undefined}
                onClick={onSelect && (() => onSelect(r, c))}
                onPointerMove={onHover && ((e) => hoverAt(e, r, c))}
                onPointerLeave={onHover && (() => onHover(null))}
              >
                <rect
                  x={x}
                  y={y}
                  width={g.cell - 1}
                  height={g.cell - 1}
                  style={{ fill: fill === null ? `url(#${hatch})` : paint(fill, darkFill ?? undefined) }}
                />
                {pair?.note && (
                  <rect
                    x={x + 1.5}
                    y={y + 1.5}
                    width={g.cell - 4}
                    height={g.cell - 4}
                    fill="none"
                    strokeWidth={2}
                    strokeDasharray="3 2"
                    style={{ stroke: paint(light.inconsistent, night?.inconsistent) }}
                  />
                )}
                {showsCellText(model, g, r, c) && (
                  <text
                    x={x + (g.cell - 1) / 2}
                    y={y + g.cell / 2 + g.cellFontSize / 3}
                    textAnchor="middle"
                    fontSize={g.cellFontSize}
                    style={{ fill: paint(model.textColor(r, c), dark?.textColor(r, c)) }}
                    aria-hidden="true"
                  >
                    {cellText(model, r, c)}
                  </text>
                )}
                {isSelected && (
                  <>
                    {/* Two rings, dark and light, so the selection shows on every fill. */}
                    <rect
                      x={x + 0.5}
                      y={y + 0.5}
                      width={g.cell - 2}
                      height={g.cell - 2}
                      fill="none"
                      strokeWidth={2}
                      style={{ stroke: paint(light.selection, night?.selection) }}
                    />
                    <rect
                      x={x + 2.5}
                      y={y + 2.5}
                      width={g.cell - 6}
                      height={g.cell - 6}
                      fill="none"
                      strokeWidth={1.5}
                      style={{ stroke: paint(light.background, night?.background) }}
                    />
                  </>
                )}
                {/* Only the active cell can take keyboard focus (roving tabindex), so only it needs a ring. */}
                {isActive && (
                  <rect className="hm-focus" x={x - 1} y={y - 1} width={g.cell + 1} height={g.cell + 1} fill="none" />
                )}
              </g>
            );
          })}
        </g>
      ))}
    </svg>
  );
}
