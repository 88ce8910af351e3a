import { knownPairsOnly } from "@/lib/domain/heatmap/known-pairs";
import type { Metadata } from "next";
import { catalogue } from "@/lib/data";
import { parseHeatmapState, serializeHeatmapState } from "@/lib/domain/heatmap/url";
import { HeatmapExplorer } from "@/components/heatmap/HeatmapExplorer";
import { heatmapTheme, heatmapTopic } from "@/lib/domain/heatmap/explorer-input";
import { EmbedFrame } from "@/components/EmbedFrame";
import { parseEmbedTheme } from "@/lib/domain/embed";

// Embeddable heatmap: the chart without site chrome. Only /embed/* may be framed by other sites.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Co-occurrence (embedded)", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EmbeddedHeatmap({ searchParams }: Props) {
  const reader = catalogue();
  const [cooc, topics, themes, version] = await Promise.all([
    reader.cooccurrence(),
    reader.topics(),
    reader.themes(),
    reader.datasetVersion(),
  ]);
  const params = await searchParams;
  const { state } = parseHeatmapState(params, new Set(cooc.topics));
  return (
    <EmbedFrame
      fullPath={`/cooccurrence${serializeHeatmapState(state)}`}
      label="Open the full heatmap"
      theme={parseEmbedTheme(params.theme)}
    >
      <HeatmapExplorer
        initial={knownPairsOnly(cooc)}
        themes={themes.map(heatmapTheme)}
        topics={topics.map(heatmapTopic)}
        datasetVersion={version.version}
        embedded
      />
    </EmbedFrame>
  );
}
