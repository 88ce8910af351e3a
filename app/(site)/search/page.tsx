import type { Metadata } from "next";
import { IntentLink as Link } from "@/components/IntentLink";
import { catalogue } from "@/lib/data";
import { PageHeader } from "@/components/PageHeader";
import { StaticMarkup } from "@/components/StaticMarkup";
import { Highlighted } from "@/components/search/Highlighted";
import { currentSearchIndex } from "@/lib/domain/search/server-index";
import { groupHits } from "@/lib/domain/search/engine";
import { KIND_LABELS } from "@/lib/domain/search/documents";
import { queryTerms } from "@/lib/domain/search/query";
import { searchQueryOf, searchViewUrl } from "@/lib/domain/views/canonical";
import { MAX_LIMIT } from "@/lib/domain/search/ranking";
import { SITE_NAME } from "@/lib/site";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Queries people bring, each one finding something; shown when a query finds nothing. */
const SUGGESTIONS = [
  "vector database",
  "guardrails",
  "prompt injection",
  "halucination",
  "fine tuning",
  "latency",
  "V47",
];

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = searchQueryOf((await searchParams).q);
  const title = q ? `Search: ${q}` : "Search";
  // og:url names this exact search (the normalised query), so a shared search link previews
  // as itself and the server may keep the page as a view (lib/domain/views/canonical.ts); the
  // canonical link stays /search: result pages are not for search engines.
  const url = searchViewUrl(q);
  return {
    title,
    robots: { index: false },
    alternates: { canonical: "/search" },
    openGraph: { siteName: SITE_NAME, title, url, type: "website" },
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const q = searchQueryOf((await searchParams).q);
  const [{ index }, themes, topics] = await Promise.all([
    currentSearchIndex(catalogue()),
    catalogue().themes(),
    catalogue().topics(),
  ]);
  const hits = q ? index.search(q, { limit: MAX_LIMIT }) : [];
  const groups = groupHits(hits);
  const words = queryTerms(q);

  return (
    <StaticMarkup>
      <PageHeader crumbs={[{ href: "/", label: "Map" }]} title={q ? `Search: “${q}”` : "Search"}>
        <form
          action="/search"
          method="get"
          role="search"
          aria-label="Search the map"
          className="mt-5 flex max-w-xl gap-2"
        >
          <label htmlFor="search-page-q" className="sr-only">
            Search topics, themes, phases, quotes and videos
          </label>
          <input
            id="search-page-q"
            name="q"
            type="search"
            defaultValue={q}
            placeholder="e.g. vector database, guardrails, V47"
            className={
              "min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 " +
              "dark:border-slate-700 dark:bg-slate-900 dark:text-white"
            }
          />
          <button type="submit" className="rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800">
            Search
          </button>
        </form>
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400" role="status" data-testid="search-summary">
          {!q
            ? "Search topics, themes, lifecycle phases, practitioners’ quotes and videos, in your own words."
            : hits.length === 0
              ? `Nothing matches “${q}”.`
              : `${hits.length}${hits.length === MAX_LIMIT ? "+" : ""} result${hits.length === 1 ? "" : "s"}: ` +
                `${groups
                  .map(
                    (g) =>
                      `${g.hits.length} ` +
                      `${(g.hits.length === 1 ? KIND_LABELS[g.kind].one : KIND_LABELS[g.kind].many).toLowerCase()}`,
                  )
                  .join(", ")}.`}
        </p>
      </PageHeader>

      {groups.map((g) => (
        <section key={g.kind} aria-labelledby={`results-${g.kind}`} className="mb-8">
          <h2 id={`results-${g.kind}`} className="mb-3 text-lg font-semibold text-slate-900 dark:text-white">
            {KIND_LABELS[g.kind].many}{" "}
            <span className="text-sm font-normal text-slate-500 dark:text-slate-400">({g.hits.length})</span>
          </h2>
          <ol className="space-y-3" data-testid={`results-${g.kind}`}>
            {g.hits.map((hit) => (
              <li key={hit.id} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
                <Link href={hit.href} className="font-medium text-sky-700 hover:underline dark:text-sky-400">
                  <Highlighted text={hit.title} terms={hit.terms} words={words} />
                </Link>
                <p className="mt-0.5 text-sm text-slate-600 dark:text-slate-400">{hit.detail}</p>
                {hit.excerpt && (
                  <p className="mt-1 break-words text-slate-800 dark:text-slate-200">
                    <Highlighted text={hit.excerpt} terms={hit.terms} words={words} />
                  </p>
                )}
              </li>
            ))}
          </ol>
        </section>
      ))}

      {hits.length === 0 && (
        <div className="grid gap-8 md:grid-cols-2" data-testid="search-help">
          <section aria-labelledby="try-heading">
            <h2 id="try-heading" className="text-lg font-semibold text-slate-900 dark:text-white">
              Try
            </h2>
            <ul className="mt-3 flex flex-wrap gap-2">
              {SUGGESTIONS.map((s) => (
                <li key={s}>
                  <Link
                    href={`/search?q=${encodeURIComponent(s)}`}
                    className={
                      "inline-block rounded-full border border-slate-300 px-3 py-1 text-sm text-sky-700 " +
                      "hover:bg-slate-50 dark:border-slate-700 dark:text-sky-400 dark:hover:bg-slate-900"
                    }
                  >
                    {s}
                  </Link>
                </li>
              ))}
            </ul>
            <p className="mt-4 text-slate-700 dark:text-slate-300">
              Words practitioners use (“chunking”, “jailbreak”, “Kubernetes”), a misspelling, part of a quote or a video
              id all work. Or browse the{" "}
              <Link href="/" className="text-sky-700 underline dark:text-sky-400">
                map of all themes and topics
              </Link>
              , the{" "}
              <Link href="/phases" className="text-sky-700 underline dark:text-sky-400">
                lifecycle phases
              </Link>{" "}
              or the{" "}
              <Link href="/videos" className="text-sky-700 underline dark:text-sky-400">
                videos
              </Link>
              .
            </p>
          </section>
          <section aria-labelledby="all-topics-heading">
            <h2 id="all-topics-heading" className="text-lg font-semibold text-slate-900 dark:text-white">
              All {topics.length} topics
            </h2>
            <ul className="mt-3 space-y-3">
              {themes.map((theme) => (
                <li key={theme.slug}>
                  <Link
                    href={`/themes/${theme.slug}`}
                    className="font-medium text-slate-900 hover:underline dark:text-white"
                  >
                    {theme.name}
                  </Link>
                  <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm">
                    {topics
                      .filter((t) => t.theme === theme.slug)
                      .map((t) => (
                        <li key={t.slug}>
                          <Link href={`/topics/${t.slug}`} className="text-sky-700 hover:underline dark:text-sky-400">
                            {t.name}
                          </Link>
                        </li>
                      ))}
                  </ul>
                </li>
              ))}
            </ul>
          </section>
        </div>
      )}
    </StaticMarkup>
  );
}
