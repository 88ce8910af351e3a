import type { Metadata } from "next";
import Link from "next/link";
import { catalogue } from "@/lib/data";
import { parseTreemapState } from "@/lib/domain/treemap-url";
import { TreemapExplorer } from "@/components/treemap/TreemapExplorer";

// The view (zoom, selection, colour) comes from the URL, so the first paint of a shared
// link is already that view: this page renders per request.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { alternates: { canonical: "/" } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HomePage({ searchParams }: Props) {
  const reader = catalogue();
  const [themes, topics, phases, sources] = await Promise.all([reader.themes(), reader.topics(), reader.phases(), reader.sources()]);
  const study = sources.find((s) => s.shareDenominator !== null)!;
  const { state } = parseTreemapState(await searchParams, { themes, topics });
  const initialTopic = state.topic ? await reader.topic(state.topic) : null;
  return (
    <>
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">What it takes to build LLM applications for production</h1>
        <p className="mt-4 text-lg leading-8 text-slate-700 dark:text-slate-300">
          {study.videosAnalysed} practitioner videos, analysed by Mailach et al., boil down to {themes.length} themes and {topics.length} topics. Explore what
          practitioners discuss, read what they said, and see <Link href="/cooccurrence" className="underline">which topics come up together</Link>.
        </p>
      </div>
      <TreemapExplorer themes={themes} topics={topics} phases={phases} initialTopic={initialTopic} />
    </>
  );
}
