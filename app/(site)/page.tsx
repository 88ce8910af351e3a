import type { Metadata } from "next";
import Link from "@/components/IntentLink";
import { catalogue } from "@/lib/data";
import { parseTreemapState, serializeTreemapState } from "@/lib/domain/treemap/url";
import { treemapViewUrl } from "@/lib/domain/views/canonical";
import { TreemapExplorer } from "@/components/treemap/TreemapExplorer";
import { treemapTheme, treemapTopic } from "@/lib/domain/treemap/explorer-input";

// The view (zoom, selection, colour) comes from the URL, so the first paint of a shared
// link is already that view: this page renders per request.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The preview image of a shared link shows that link's view. */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const reader = catalogue();
  const [themes, topics] = await Promise.all([reader.themes(), reader.topics()]);
  const { state } = parseTreemapState(await searchParams, { themes, topics });
  const image = `/og/treemap${serializeTreemapState({ ...state, view: "chart" })}`;
  const selected = topics.find((t) => t.slug === state.topic);
  const zoomed = themes.find((t) => t.slug === state.zoom);
  const title = selected
    ? `${selected.name} on the map`
    : zoomed
      ? `${zoomed.name} on the map`
      : "LLM Engineering Knowledge Map";
  return {
    alternates: { canonical: "/" },
    openGraph: { title, url: treemapViewUrl(state), images: [{ url: image, width: 1200, height: 630 }] },
    twitter: { card: "summary_large_image", title, images: [image] },
  };
}

export default async function HomePage({ searchParams }: Props) {
  const reader = catalogue();
  const [themes, topics, phases, sources, version] = await Promise.all([
    reader.themes(),
    reader.topics(),
    reader.phases(),
    reader.sources(),
    reader.datasetVersion(),
  ]);
  const study = sources.find((s) => s.shareDenominator !== null)!;
  const { state } = parseTreemapState(await searchParams, { themes, topics });
  const initialTopic = state.topic ? await reader.topic(state.topic) : null;
  return (
    <>
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">
          What it takes to build LLM applications for production
        </h1>
        <p className="mt-4 text-lg leading-8 text-slate-700 dark:text-slate-300">
          {study.videosAnalysed} practitioner videos, analysed by Mailach et al., boil down to {themes.length} themes
          and {topics.length} topics. Explore what practitioners discuss, read what they said, and see{" "}
          <Link href="/cooccurrence" className="underline">
            which topics come up together
          </Link>
          .
        </p>
      </div>
      <TreemapExplorer
        themes={themes.map(treemapTheme)}
        topics={topics.map(treemapTopic)}
        phases={phases}
        initialTopic={initialTopic}
        datasetVersion={version.version}
      />
    </>
  );
}
