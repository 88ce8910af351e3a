import { TreemapSvg } from "@/components/treemap/TreemapSvg";
import type { LayerDocument, LayerStatus } from "@/lib/domain/layers/format";
import { STATUS_LABEL } from "@/lib/domain/layers/markdown";
import { layoutTreemap, type TreemapThemeInput, type TreemapTopicInput } from "@/lib/domain/treemap/layout";

/** Tile colours of the status overlay (labels take black or white by contrast, as on the home treemap). */
export const STATUS_FILL: Record<LayerStatus, string> = {
  todo: "#94a3b8",
  addressed: "#047857",
  "accepted-risk": "#b45309",
  "not-relevant": "#52525b",
};
const NOT_IN_LAYER = "#e2e8f0";
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
  const status = new Map(layer.items.filter((i) => i.kind === "topic").map((i) => [i.slug, i.status]));
  const layout = layoutTreemap(themes, topics, 960, 540);
  const legend: Array<[string, string]> = [
    ...(Object.keys(STATUS_FILL) as LayerStatus[]).map((s): [string, string] => [STATUS_LABEL[s], STATUS_FILL[s]]),
    ["Not in this plan", NOT_IN_LAYER],
  ];
  return (
    <figure data-testid="layer-treemap" className="mt-2">
      <TreemapSvg
        idPrefix="layer-tm"
        layout={layout}
        zoom={null}
        selected={null}
        className="h-auto w-full max-w-full"
        topicFill={(t) => {
          const s = status.get(t.slug);
          return s ? STATUS_FILL[s] : NOT_IN_LAYER;
        }}
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
