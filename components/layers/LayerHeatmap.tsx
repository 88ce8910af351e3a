import { IntentLink as Link } from "@/components/IntentLink";
import { HeatmapSvg } from "@/components/heatmap/HeatmapSvg";
import type { LayerDocument } from "@/lib/domain/layers/format";
import { groupByStatus, overlayFill, overlayLabel, overlayLegend, topicStatuses } from "@/lib/domain/layers/overlay";
import { buildHeatmapModel } from "@/lib/domain/heatmap/model";
import { buildMatrix, MEASURE_LABEL, type MatrixPair } from "@/lib/domain/heatmap/matrix";
import type { HeatmapTopic } from "@/lib/domain/heatmap/explorer-input";

/** Cells of pairs the plan names neither topic of are faded to this opacity. */
const UNTOUCHED_OPACITY = 0.3;

/**
 * The co-occurrence heatmap (joint videos per pair, as on /cooccurrence) with the layer's status as an overlay:
 * rows and columns grouped by decision, each group marked by a band in its status colour (the one rule of
 * lib/domain/layers/overlay.ts, as the treemap uses), and the pairs of topics the plan does not name faded.
 * Every header's accessible name says its decision, and the caption says which rows each group takes, so the
 * colour is never the only signal. Static and server-rendered; light and dark follow the page.
 */
export function LayerHeatmap({
  layer,
  slugs,
  topics,
  pairs,
}: {
  layer: LayerDocument;
  /** The heatmap's topics, in catalogue order. */
  slugs: readonly string[];
  topics: readonly HeatmapTopic[];
  pairs: readonly MatrixPair[];
}) {
  const bySlug = new Map(topics.map((t) => [t.slug, t]));
  const matrix = buildMatrix(
    slugs.map((s) => bySlug.get(s)!),
    pairs,
  );
  const statuses = topicStatuses(layer);
  const { order, groups } = groupByStatus(slugs, statuses);
  const model = buildHeatmapModel(matrix, order, "count", "light");
  const dark = buildHeatmapModel(matrix, order, "count", "dark");
  const statusAt = (pos: number) => statuses.get(slugs[order[pos]]) ?? null;
  const legend = overlayLegend();
  return (
    <figure data-testid="layer-heatmap" className="mt-2">
      {/* A phone scrolls the matrix sideways at its own size rather than shrinking its labels to nothing. */}
      <div
        className="overflow-x-auto md:[&_svg]:h-auto md:[&_svg]:max-w-full"
        role="region"
        tabIndex={0}
        aria-label="Heatmap (scrolls sideways)"
      >
        <HeatmapSvg
          model={model}
          dark={dark}
          width={760}
          idPrefix="layer-hm"
          bands={groups.map((g) => ({
            start: g.start,
            end: g.end,
            color: overlayFill(g.status),
            theme: g.status ?? "none",
          }))}
          headerName={(pos) => `${model.name(pos)} — ${overlayLabel(statusAt(pos)).toLowerCase()}`}
          cellOpacity={(r, c) => (statusAt(r) === null && statusAt(c) === null ? UNTOUCHED_OPACITY : 1)}
        />
      </div>
      <figcaption className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        <ul className="flex flex-wrap gap-x-4 gap-y-1" aria-label="Legend" data-testid="layer-heatmap-legend">
          {legend.map(({ status, label, color }) => {
            const group = groups.find((g) => g.status === status);
            return (
              <li key={label} className="flex items-center gap-1.5" data-status={status ?? "none"}>
                <span
                  aria-hidden="true"
                  className="inline-block h-3 w-3 rounded-sm border border-slate-400"
                  style={{ backgroundColor: color }}
                />
                {label}
                <span className="text-slate-600 dark:text-slate-400">
                  {group
                    ? group.end - group.start === 1
                      ? `(row ${group.start + 1})`
                      : `(rows ${group.start + 1}–${group.end})`
                    : "(none)"}
                </span>
              </li>
            );
          })}
        </ul>
        <p className="mt-1 text-slate-600 dark:text-slate-400">
          Cells: {MEASURE_LABEL.count.toLowerCase()} per pair of topics (Mailach et al.); hatched where the paper does
          not report the count. Rows and columns are grouped by this plan’s decision, marked by the bands beside the
          names; pairs of two topics the plan does not name are faded.{" "}
          <Link href="/cooccurrence" className="text-sky-700 underline dark:text-sky-400">
            Explore every pair
          </Link>
        </p>
      </figcaption>
    </figure>
  );
}
