import type { Metadata } from "next";
import { catalogue } from "@/lib/data";
import { PageHeader } from "@/components/PageHeader";
import { HeatmapExplorer } from "@/components/heatmap/HeatmapExplorer";

// The selected cell, ordering and value type come from the URL, so a shared link's first
// paint is that view: rendered per request.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Co-occurrence",
  description: "Which practitioner topics are discussed in the same videos: a topic × topic heatmap where every cell says whether its count is reported, computed or unknown.",
  alternates: { canonical: "/cooccurrence" },
};

export default async function CooccurrencePage() {
  const reader = catalogue();
  const [cooc, topics, themes] = await Promise.all([reader.cooccurrence(), reader.topics(), reader.themes()]);
  const known = cooc.pairs.filter((p) => p.count !== null).length;
  const unknown = cooc.pairs.length - known;
  return (
    <>
      <PageHeader crumbs={[{ href: "/", label: "Map" }]} kicker="Co-occurrence" title="Which topics come up together">
        <p className="mt-4 max-w-3xl text-lg leading-8 text-slate-700 dark:text-slate-300" data-testid="cooc-intro">
          Of the {cooc.pairs.length} possible pairs of {cooc.topics.length} topics, the number of videos discussing both is known for {known}. The other {unknown} are{" "}
          <strong>not reported</strong> in the paper’s text (they are in its figure and replication package only): they are hatched, never shown as 0.
        </p>
      </PageHeader>
      <HeatmapExplorer initial={cooc} themes={themes} topics={topics} />
    </>
  );
}
