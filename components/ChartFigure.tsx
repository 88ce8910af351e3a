import type { ReactNode } from "react";
import { wrapText, type FigureMeta } from "@/lib/domain/figure";
import { estimateTextWidth } from "@/lib/domain/label-fit";
import { SCHEME_COLORS } from "@/lib/domain/chart-scheme";

export type LegendItem =
  | { kind: "swatch"; label: string; color: string }
  | { kind: "hatch"; label: string }
  | { kind: "outline"; label: string; color: string }
  | { kind: "gradient"; label: string; stops: string[]; low: string; high: string };

/**
 * A chart as a self-describing figure for export: title, the view, the chart, a legend, the
 * source and licence lines, on white in the fixed light scheme. Pure SVG markup, so it is the
 * same whether rendered in the browser for a download or by renderToStaticMarkup in a test.
 */
export function ChartFigure({
  meta,
  chartWidth,
  chartHeight,
  legend,
  children,
}: {
  meta: FigureMeta;
  chartWidth: number;
  chartHeight: number;
  legend: LegendItem[];
  children: ReactNode;
}) {
  const colors = SCHEME_COLORS.light;
  const pad = 20;
  const width = Math.ceil(Math.max(chartWidth, 640) + 2 * pad);
  const inner = width - 2 * pad;
  const title = wrapText(meta.title, inner, 18, true);
  const view = wrapText(meta.view, inner, 13);
  const source = wrapText(meta.source, inner, 11);
  const licence = wrapText(meta.licence, inner, 11);
  let y = pad;
  const titleY = y + 18;
  y += title.length * 24;
  const viewY = y + 14;
  y += view.length * 18 + 12;
  const chartY = y;
  y += chartHeight + 14;
  // Legend items flow left to right, wrapping.
  const placed: Array<{ item: LegendItem; x: number; y: number }> = [];
  let lx = 0;
  let ly = y;
  for (const item of legend) {
    const w =
      (item.kind === "gradient" ? 160 + estimateTextWidth(`${item.low} ${item.high}`, 12) : 18) +
      estimateTextWidth(item.label, 12) +
      24;
    if (lx > 0 && lx + w > inner) {
      lx = 0;
      ly += 22;
    }
    placed.push({ item, x: lx, y: ly });
    lx += w;
  }
  y = (legend.length ? ly + 22 : y) + 8;
  const sourceY = y + 11;
  y += source.length * 15;
  const licenceY = y + 11;
  y += licence.length * 15 + pad;
  const height = Math.ceil(y);
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily="Inter, 'Helvetica Neue', Arial, sans-serif"
      style={{ colorScheme: "light" }}
    >
      <rect width={width} height={height} fill={colors.background} />
      <text x={pad} y={titleY} fontSize={18} fontWeight={700} fill="#0f172a">
        {title.map((l, k) => (
          <tspan key={k} x={pad} dy={k ? 24 : 0}>
            {l}
          </tspan>
        ))}
      </text>
      <text x={pad} y={viewY} fontSize={13} fill={colors.mutedText}>
        {view.map((l, k) => (
          <tspan key={k} x={pad} dy={k ? 18 : 0}>
            {l}
          </tspan>
        ))}
      </text>
      <svg x={pad} y={chartY} width={chartWidth} height={chartHeight} overflow="visible">
        {children}
      </svg>
      <defs>
        <pattern id="fig-hatch" width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" fill={colors.missingFill} />
          <path d="M0 6L6 0" stroke={colors.missingHatch} />
        </pattern>
        {placed.map(({ item }, k) =>
          item.kind === "gradient" ? (
            <linearGradient key={k} id={`fig-grad-${k}`}>
              {item.stops.map((s, i) => (
                <stop key={i} offset={i / (item.stops.length - 1)} stopColor={s} />
              ))}
            </linearGradient>
          ) : null,
        )}
      </defs>
      <g fontSize={12} fill={colors.text}>
        {placed.map(({ item, x, y: iy }, k) => {
          const gx = pad + x;
          if (item.kind === "gradient") {
            const lowW = estimateTextWidth(item.low, 12) + 6;
            return (
              <g key={k}>
                <text x={gx} y={iy + 11}>
                  {item.low}
                </text>
                <rect x={gx + lowW} y={iy + 1} width={120} height={12} fill={`url(#fig-grad-${k})`} />
                <text x={gx + lowW + 126} y={iy + 11}>
                  {item.high}
                </text>
                <text x={gx + lowW + 132 + estimateTextWidth(item.high, 12)} y={iy + 11} fill={colors.mutedText}>
                  {item.label}
                </text>
              </g>
            );
          }
          return (
            <g key={k}>
              {item.kind === "swatch" && <rect x={gx} y={iy} width={13} height={13} rx={2} fill={item.color} />}
              {item.kind === "hatch" && (
                <rect
                  x={gx + 0.5}
                  y={iy + 0.5}
                  width={12}
                  height={12}
                  fill="url(#fig-hatch)"
                  stroke={colors.missingHatch}
                />
              )}
              {item.kind === "outline" && (
                <rect
                  x={gx + 1}
                  y={iy + 1}
                  width={11}
                  height={11}
                  fill="none"
                  stroke={item.color}
                  strokeWidth={2}
                  strokeDasharray="3 2"
                />
              )}
              <text x={gx + 19} y={iy + 11}>
                {item.label}
              </text>
            </g>
          );
        })}
      </g>
      <text x={pad} y={sourceY} fontSize={11} fill={colors.mutedText}>
        {source.map((l, k) => (
          <tspan key={k} x={pad} dy={k ? 15 : 0}>
            {l}
          </tspan>
        ))}
      </text>
      <text x={pad} y={licenceY} fontSize={11} fill={colors.mutedText}>
        {licence.map((l, k) => (
          <tspan key={k} x={pad} dy={k ? 15 : 0}>
            {l}
          </tspan>
        ))}
      </text>
    </svg>
  );
}
