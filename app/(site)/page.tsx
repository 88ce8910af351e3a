import type { Metadata } from "next";
import { IntentLink as Link } from "@/components/IntentLink";
import { StaticMarkup } from "@/components/StaticMarkup";
import { catalogue } from "@/lib/data";
import { parseTreemapState, serializeTreemapState } from "@/lib/domain/treemap/url";
import { treemapViewUrl } from "@/lib/domain/views/canonical";
import { TreemapExplorer } from "@/components/treemap/TreemapExplorer";
import { treemapTheme, treemapTopic } from "@/lib/domain/treemap/explorer-input";
import { headlineFindings } from "@/lib/domain/home/headlines";

// The view (zoom, selection, colour) comes from the URL, so the first paint of a shared
// link is already that view: this page renders per request.
export const dynamic = "force-dynamic";

const FIGURE = "text-3xl font-bold tabular-nums text-slate-900 dark:text-white";
const QUOTE = "mt-2 border-l-2 border-slate-200 pl-3 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400";

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
  const [themes, topics, phases, sources, version, cooccurrence] = await Promise.all([
    reader.themes(),
    reader.topics(),
    reader.phases(),
    reader.sources(),
    reader.datasetVersion(),
    reader.cooccurrence(),
  ]);
  const study = sources.find((s) => s.shareDenominator !== null)!;
  const headlines = headlineFindings(topics, cooccurrence.pairs);
  const { state } = parseTreemapState(await searchParams, { themes, topics });
  const initialTopic = state.topic ? await reader.topic(state.topic) : null;
  return (
    // A shared link to a topic opens on that topic: on a phone the introduction goes after the map, whose details
    // come first (TreemapExplorer), so the first screen shows what was shared.
    <div className="flex flex-col">
      <div
        className={
          "grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] lg:gap-10" +
          (state.topic ? " max-lg:order-last max-lg:mt-10" : "")
        }
      >
        <StaticMarkup>
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
          <div className="mt-5 flex flex-wrap items-center gap-3" data-testid="home-actions">
            <Link
              href="/plan"
              className={
                // sky-700 in both schemes: white on sky-600 is 4.1:1, under AA's 4.5:1 for text of this size.
                "rounded-md bg-sky-700 px-4 py-2.5 font-medium text-white hover:bg-sky-800"
              }
            >
              Plan your LLM project →
            </Link>
            <Link
              href="/search"
              className={
                "rounded-md border border-slate-300 px-4 py-2.5 font-medium hover:bg-slate-100 " +
                "dark:border-slate-700 dark:hover:bg-slate-800"
              }
            >
              Search topics, quotes and videos
            </Link>
          </div>
        </StaticMarkup>
        {headlines.length > 0 && (
          <StaticMarkup>
            <section aria-labelledby="headlines-heading" data-testid="headlines">
              <h2
                id="headlines-heading"
                className="text-sm font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400"
              >
                Headline findings
              </h2>
              <ul className="mt-2 space-y-3">
                {headlines.map((h) => (
                  <li
                    key={h.id}
                    className="rounded-xl border border-slate-200 p-4 dark:border-slate-800"
                    data-testid="headline"
                  >
                    <p>
                      <span className={FIGURE}>{h.figure}</span>{" "}
                      <span className="text-slate-700 dark:text-slate-300">{h.text}</span>
                    </p>
                    {h.quote && <blockquote className={QUOTE}>“{h.quote}”</blockquote>}
                    <p className="mt-2 flex flex-wrap gap-x-3 text-sm">
                      <span className="text-slate-600 dark:text-slate-400">Source: {h.source}</span>
                      <Link href={h.href} className="font-medium text-sky-700 hover:underline dark:text-sky-400">
                        {h.linkLabel} →
                      </Link>
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          </StaticMarkup>
        )}
      </div>
      <TreemapExplorer
        themes={themes.map(treemapTheme)}
        topics={topics.map(treemapTopic)}
        phases={phases}
        initialTopic={initialTopic}
        datasetVersion={version.version}
      />
    </div>
  );
}
