import { TreemapSvg } from "@/components/treemap/TreemapSvg";
import type { LayerDocument } from "@/lib/domain/layers/format";
import { overlayFill, overlayLegend, topicStatuses } from "@/lib/domain/layers/overlay";
import { layoutTreemap, type TreemapThemeInput, type TreemapTopicInput } from "@/lib/domain/treemap/layout";

const THEME_FILL = "#cbd5e1";

/**
 * The treemap of the 20 topics (sized by videos, as on the home page) coloured by the layer's decision for
 * each topic, with a legend; topics the layer does not name stay pale. Static: no interaction.
 */
export function LayerTreemap({
  layer,
  themes,
  topics,
}: {
  layer: LayerDocument;
  themes: TreemapThemeInput[];
  topics: TreemapTopicInput[];
}) {
  const status = topicStatuses(layer);
  const layout = layoutTreemap(themes, topics, 960, 540);
  const legend = overlayLegend().map((l): [string, string] => [l.label, l.color]);
  return (
    <figure data-testid="layer-treemap" className="mt-2">
      <TreemapSvg
        idPrefix="layer-tm"
        layout={layout}
        zoom={null}
        selected={null}
        className="h-auto w-full max-w-full"
        topicFill={(t) => overlayFill(status.get(t.slug) ?? null)}
        themeFill={() => THEME_FILL}
      />
      <figcaption className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        <ul className="flex flex-wrap gap-x-4 gap-y-1" aria-label="Legend">
          {legend.map(([label, color]) => (
            <li key={label} className="flex items-center gap-1.5">
              <span
                aria-hidden="true"
                className="inline-block h-3 w-3 rounded-sm border border-slate-400"
                style={{ backgroundColor: color }}
              />
              {label}
            </li>
          ))}
        </ul>
        <p className="mt-1 text-slate-600 dark:text-slate-400">
          Tiles sized by videos per topic (Mailach et al.), coloured by this plan’s decision.
        </p>
      </figcaption>
    </figure>
  );
}
