import { knownPairsOnly } from "@/lib/domain/heatmap/known-pairs";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { catalogue } from "@/lib/data";
import { PageHeader } from "@/components/PageHeader";
import { VersionBanner } from "@/components/VersionBanner";
import { HeatmapExplorer } from "@/components/heatmap/HeatmapExplorer";
import { snapshotCooccurrence, snapshotThemes, snapshotTopics } from "@/lib/domain/heatmap/snapshot";
import { parseHeatmapState, serializeHeatmapState } from "@/lib/domain/heatmap/url";
import { cellMetadata } from "@/lib/domain/heatmap/cell-title";
import { VERSION_PATTERN } from "@/lib/domain/version";

/**
 * The heatmap as one dataset version had it: /v/1.3.0/cooccurrence?cell=rag-systems~evaluation, the permalink a
 * cell's citation points at. Rendered from that version's stored snapshot; an unknown version is a 404 naming the
 * versions that exist (../not-found.tsx).
 */
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ version: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load(version: string) {
  if (!VERSION_PATTERN.test(version)) notFound();
  const snap = await catalogue().snapshot(version);
  if (!snap) notFound();
  return snap;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { version } = await params;
  const snap = await load(version).catch(() => null);
  if (!snap) return { title: "Not found", robots: { index: false } };
  const cooc = snapshotCooccurrence(snap);
  const { state } = parseHeatmapState(await searchParams, new Set(cooc.topics));
  const named = cellMetadata(state.cell, snapshotTopics(snap), cooc.pairs);
  return {
    title: `${named?.title ?? "Co-occurrence"} (dataset v${version})`,
    description: named?.description,
    alternates: { canonical: `/cooccurrence${serializeHeatmapState({ ...state, view: "matrix" })}` },
    robots: { index: false },
  };
}

export default async function VersionedCooccurrencePage({ params, searchParams }: Props) {
  const { version } = await params;
  const snap = await load(version);
  const current = await catalogue().datasetVersion();
  const cooc = snapshotCooccurrence(snap);
  const { state } = parseHeatmapState(await searchParams, new Set(cooc.topics));
  const known = cooc.pairs.filter((p) => p.count !== null).length;
  return (
    <>
      <VersionBanner
        version={version}
        releasedAt={snap.dataset.releasedAt}
        contentHash={snap.dataset.contentHash}
        currentVersion={current.version}
        currentPath={`/cooccurrence${serializeHeatmapState({ ...state, view: "matrix" })}`}
      />
      <PageHeader
        crumbs={[{ href: "/", label: "Map" }]}
        kicker={`Co-occurrence · dataset v${version}`}
        title="Which topics come up together"
      >
        <p className="mt-3 max-w-4xl text-base leading-7 text-slate-700 dark:text-slate-300" data-testid="cooc-intro">
          Of the {cooc.pairs.length} possible pairs of {cooc.topics.length} topics, the number of videos discussing both
          is known for {known} in version {version}. The other {cooc.pairs.length - known} are{" "}
          <strong>not reported</strong> in the paper’s text: they are hatched, never shown as 0.
        </p>
      </PageHeader>
      <HeatmapExplorer
        initial={knownPairsOnly(cooc)}
        themes={snapshotThemes(snap)}
        topics={snapshotTopics(snap)}
        datasetVersion={version}
        basePath={`/v/${version}/cooccurrence`}
      />
    </>
  );
}
