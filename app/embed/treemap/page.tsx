import type { Metadata } from "next";
import { catalogue } from "@/lib/data";
import { parseTreemapState, serializeTreemapState } from "@/lib/domain/treemap/url";
import { TreemapExplorer } from "@/components/treemap/TreemapExplorer";
import { treemapTheme, treemapTopic } from "@/lib/domain/treemap/explorer-input";
import { EmbedFrame } from "@/components/EmbedFrame";
import { parseEmbedTheme } from "@/lib/domain/embed";

// Embeddable treemap: the chart without site chrome. Only /embed/* may be framed by other sites.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Treemap (embedded)", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EmbeddedTreemap({ searchParams }: Props) {
  const reader = catalogue();
  const [themes, topics, phases, version] = await Promise.all([
    reader.themes(),
    reader.topics(),
    reader.phases(),
    reader.datasetVersion(),
  ]);
  const params = await searchParams;
  const { state } = parseTreemapState(params, { themes, topics });
  const initialTopic = state.topic ? await reader.topic(state.topic) : null;
  return (
    <EmbedFrame
      fullPath={`/${serializeTreemapState(state)}`}
      label="Open the full map"
      theme={parseEmbedTheme(params.theme)}
    >
      <TreemapExplorer
        themes={themes.map(treemapTheme)}
        topics={topics.map(treemapTopic)}
        phases={phases}
        initialTopic={initialTopic}
        datasetVersion={version.version}
        embedded
      />
    </EmbedFrame>
  );
}
