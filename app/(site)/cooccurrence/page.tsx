import { knownPairsOnly } from "@/lib/domain/heatmap/known-pairs";
import type { Metadata } from "next";
import { StaticMarkup } from "@/components/StaticMarkup";
import { catalogue } from "@/lib/data";
import { PageHeader } from "@/components/PageHeader";
import { HeatmapExplorer } from "@/components/heatmap/HeatmapExplorer";
import { heatmapTheme, heatmapTopic } from "@/lib/domain/heatmap/explorer-input";
import { parseHeatmapState, serializeHeatmapState } from "@/lib/domain/heatmap/url";
import { heatmapViewUrl } from "@/lib/domain/views/canonical";
import { cellMetadata } from "@/lib/domain/heatmap/cell-title";

// The selected cell, ordering and value type come from the URL, so a shared link's first
// paint is that view: rendered per request.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [cooc, topics] = await Promise.all([catalogue().cooccurrence(), catalogue().topics()]);
  const { state } = parseHeatmapState(await searchParams, new Set(cooc.topics));
  const image = `/og/heatmap${serializeHeatmapState({ ...state, view: "matrix" })}`;
  // A link to a cell is titled with the pair and its count.
  const named = cellMetadata(state.cell, topics, cooc.pairs);
  const title = named?.title ?? "Co-occurrence";
  const description =
    named?.description ??
    "Which practitioner topics are discussed in the same videos: a topic × " +
      "topic heatmap where every cell says whether its count is reported, " +
      "computed or unknown.";
  return {
    title,
    description,
    alternates: { canonical: "/cooccurrence" },
    openGraph: {
      title,
      description,
      url: heatmapViewUrl(state),
      images: [{ url: image, width: 1200, height: 630 }],
    },
    twitter: { card: "summary_large_image", title, description, images: [image] },
  };
}

export default async function CooccurrencePage() {
  const reader = catalogue();
  const [cooc, topics, themes, version] = await Promise.all([
    reader.cooccurrence(),
    reader.topics(),
    reader.themes(),
    reader.datasetVersion(),
  ]);
  const known = cooc.pairs.filter((p) => p.count !== null).length;
  const unknown = cooc.pairs.length - known;
  return (
    <>
      <StaticMarkup>
        <PageHeader crumbs={[{ href: "/", label: "Map" }]} kicker="Co-occurrence" title="Which topics come up together">
          <p className="mt-3 max-w-4xl text-base leading-7 text-slate-700 dark:text-slate-300" data-testid="cooc-intro">
            Of the {cooc.pairs.length} possible pairs of {cooc.topics.length} topics, the number of videos discussing
            both is known for {known}. The other {unknown} are <strong>not reported</strong> in the paper’s text (they
            are in its figure and replication package only): they are hatched, never shown as 0.
          </p>
        </PageHeader>
      </StaticMarkup>
      <HeatmapExplorer
        initial={knownPairsOnly(cooc)}
        themes={themes.map(heatmapTheme)}
        topics={topics.map(heatmapTopic)}
        datasetVersion={version.version}
      />
    </>
  );
}
