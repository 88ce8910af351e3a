import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IntentLink as Link } from "@/components/IntentLink";
import { PageHeader } from "@/components/PageHeader";
import { LayerView, StatusSummary } from "@/components/layers/LayerView";
import { LayerExport } from "@/components/layers/LayerExport";
import { LayerTreemap } from "@/components/layers/LayerTreemap";
import { LayerHeatmap } from "@/components/layers/LayerHeatmap";
import { LayerVersionChanges } from "@/components/layers/LayerVersionChanges";
import { catalogue } from "@/lib/data";
import { comparePath, EVIDENCE_SIDE } from "@/lib/domain/layers/compare";
import { heatmapTopic } from "@/lib/domain/heatmap/explorer-input";
import { LAYER_ID_PATTERN } from "@/lib/domain/layers/http";
import { layerOgPath } from "@/lib/domain/layers/overlay";
import { layerToPlan } from "@/lib/domain/layers/rules";
import { planPath } from "@/lib/domain/plan/url";
import { layerPageCatalogue, layerSinceVersion } from "@/lib/layers/page-data";
import { findLayer } from "@/lib/layers/store";
import { siteUrl } from "@/lib/site";

type Props = { params: Promise<{ id: string }> };

// A layer changes with every save: rendered per request, never stored (server/view-cache.mjs).
export const dynamic = "force-dynamic";

async function load(id: string) {
  if (!LAYER_ID_PATTERN.test(id)) notFound();
  const found = await findLayer(id);
  if (found.state === "missing") notFound();
  return found;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load((await params).id);
  // Unlisted: a team plan is found by its link, not by search engines.
  const robots = { index: false, follow: false };
  if (found.state !== "found") return { title: "Deleted team plan", robots };
  const { id, layer, revision } = found.layer;
  const title = `Team plan: ${layer.name}`;
  // The preview image names the revision, so a saved edit is a new image URL (no cache shows the old state).
  const image = { url: layerOgPath(id, revision), width: 1200, height: 630 };
  const description = layer.description.trim().slice(0, 200) || "A team’s decisions over the LLM engineering map.";
  return {
    title,
    description,
    robots,
    openGraph: { title, description, url: `/layers/${id}`, images: [image] },
    twitter: { card: "summary_large_image", title, description, images: [image.url] },
  };
}

export default async function LayerPage({ params }: Props) {
  const { id } = await params;
  const found = await load(id);
  if (found.state === "gone")
    return (
      <PageHeader crumbs={[{ href: "/layers", label: "Team plans" }]} title="This team plan was deleted">
        <p className="mt-4 text-slate-700 dark:text-slate-300">Its owner deleted it, with its history.</p>
      </PageHeader>
    );
  const { layer, revision, savedAt } = found.layer;
  const [c, themes, topics, cooc, since] = await Promise.all([
    layerPageCatalogue(),
    catalogue().themes(),
    catalogue().topics(),
    catalogue().cooccurrence(),
    layerSinceVersion(layer),
  ]);
  const plan = layerToPlan(layer);
  return (
    <article data-testid="layer-page" data-revision={revision}>
      <PageHeader crumbs={[{ href: "/layers", label: "Team plans" }]} kicker="Team plan" title={layer.name}>
        {layer.description.trim() && (
          <p className="mt-4 max-w-3xl whitespace-pre-wrap text-lg leading-8 text-slate-700 dark:text-slate-300">
            {layer.description}
          </p>
        )}
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
          Revision {revision}, saved {savedAt.toISOString().slice(0, 16).replace("T", " ")} UTC · made on dataset
          version {layer.datasetVersion}
          {layer.datasetVersion !== c.datasetVersion && ` (this site now shows version ${c.datasetVersion})`}
        </p>
      </PageHeader>
      {since && <LayerVersionChanges since={since} names={new Map(c.entries.map(([key, info]) => [key, info.name]))} />}
      <div className="mb-6 flex flex-col gap-4">
        <StatusSummary layer={layer} />
        <div className="no-print flex flex-wrap items-center gap-3 text-sm">
          <Link href={planPath(plan.picks)} className="font-medium text-sky-700 hover:underline dark:text-sky-400">
            Open its topics in the planner
          </Link>
          <Link
            href={comparePath(id, EVIDENCE_SIDE)}
            className="font-medium text-sky-700 hover:underline dark:text-sky-400"
            data-testid="compare-evidence-link"
          >
            Compare with the evidence
          </Link>
          <a href={`/api/v1/layers/${id}/revisions`} className="text-sky-700 hover:underline dark:text-sky-400">
            Revisions (JSON)
          </a>
        </div>
        <form method="get" action="/layers/compare" className="no-print flex flex-wrap items-center gap-2 text-sm">
          <input type="hidden" name="a" value={id} />
          <label htmlFor="compare-b">Compare with the team plan</label>
          <input
            id="compare-b"
            name="b"
            required
            pattern="[A-Za-z0-9_\-]{24}"
            placeholder="its id (24 characters)"
            className="w-56 rounded border border-slate-300 bg-white p-1.5 dark:border-slate-700 dark:bg-slate-900"
          />
          <button
            type="submit"
            className={
              "rounded-md border border-slate-300 px-2.5 py-1 hover:bg-slate-100 " +
              "dark:border-slate-700 dark:hover:bg-slate-800"
            }
          >
            Compare
          </button>
        </form>
        <LayerExport
          layer={layer}
          entries={c.entries}
          siteUrl={siteUrl()}
          layerPath={`/layers/${id}`}
          revision={revision}
        />
      </div>
      <details className="mb-8" open>
        <summary className="cursor-pointer font-medium text-sky-700 dark:text-sky-400">
          The map, coloured by this plan’s decisions
        </summary>
        <LayerTreemap layer={layer} themes={themes} topics={topics} />
      </details>
      <details className="mb-8" open>
        <summary className="cursor-pointer font-medium text-sky-700 dark:text-sky-400">
          Which topics come up together, grouped by this plan’s decisions
        </summary>
        <LayerHeatmap layer={layer} slugs={cooc.topics} topics={topics.map(heatmapTopic)} pairs={cooc.pairs} />
      </details>
      <LayerView layer={layer} entries={new Map(c.entries)} />
    </article>
  );
}
