import { heatGradientStops, schemePaint, SCHEME_COLORS } from "@/lib/domain/chart-scheme";
import { formatValue, MEASURE_LABEL, type Measure } from "@/lib/domain/heatmap/matrix";

/** The colour scale from 0 to the largest value, and the marks for not reported, the diagonal and inconsistent. */
export function HeatmapLegend({ measure, max }: { measure: Measure; max: number }) {
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
