"use client";

import { IntentLink as Link } from "@/components/IntentLink";
import { useQuery } from "@tanstack/react-query";
import { useAppQueryClient } from "@/components/hooks/useAppQueryClient";
import { fetchTopicDetail, topicQueryKey } from "@/lib/api/client";
import { formatShare } from "@/lib/domain/share";
import { AddToPlanLink } from "@/components/plan/AddToPlanLink";
import type { Phase, TopicDetail } from "@/lib/schemas/api";
import type { TreemapTheme, TreemapTopic } from "@/lib/domain/treemap/explorer-input";

/**
 * Details of the selected topic, fetched from the API (the server passes the first one in). Loaded
 * with the first selection (TopicPanel), so TanStack Query and the API client are not in the first load.
 */
export function TopicDetails({
  slug,
  initial,
  themes,
  topics,
  phases,
  onClose,
}: {
  slug: string;
  initial: TopicDetail | null;
  themes: TreemapTheme[];
  topics: TreemapTopic[];
  phases: Phase[];
  onClose: () => void;
}) {
  const queryClient = useAppQueryClient();
  const query = useQuery(
    {
      queryKey: topicQueryKey(slug),
      queryFn: ({ signal }) => fetchTopicDetail(slug, signal),
      initialData: initial && initial.slug === slug ? initial : undefined,
    },
    queryClient,
  );

  const topic = query.data;
  const nameOf = (s: string) => topics.find((t) => t.slug === s)?.name ?? s;
  return (
    <aside
      aria-label="Topic details"
      aria-live="polite"
      className="rounded-xl border border-slate-200 p-5 dark:border-slate-800"
      data-testid="topic-panel"
    >
      <div className="flex items-start justify-between gap-2">
        <div>
          <p className="text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">
            {themes.find((t) => t.slug === topics.find((x) => x.slug === slug)?.theme)?.name}
          </p>
          <h2 className="text-xl font-semibold tracking-tight">{nameOf(slug)}</h2>
        </div>
        <button
          type="button"
          onClick={onClose}
          aria-label="Close topic details"
          className={
            "rounded p-1 text-slate-500 hover:bg-slate-100 hover:text-slate-900 " +
            "dark:hover:bg-slate-800 dark:hover:text-white"
          }
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5">
            <path d="M5 5l10 10M15 5L5 15" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
        </button>
      </div>
      {query.isError && (
        <p role="alert" className="mt-3 text-sm text-red-700 dark:text-red-400">
          Could not load this topic: {query.error.message}
        </p>
      )}
      {!topic && query.isPending && <p className="mt-3 text-sm text-slate-500">Loading…</p>}
      {topic && (
        <div className="mt-3 space-y-4 text-sm">
          <p className="text-base font-medium tabular-nums">
            <span data-testid="panel-count">{topic.videoCount}</span> videos,{" "}
            <span data-testid="panel-share">{formatShare(topic.share)}</span>
          </p>
          <p className="leading-6 text-slate-700 dark:text-slate-300">{topic.summary.split(/\n\s*\n/)[0]}</p>
          <div>
            <h3 className="font-semibold">
              Lifecycle phases <span className="font-normal text-slate-500 dark:text-slate-400">(editorial)</span>
            </h3>
            <p className="mt-1 text-slate-700 dark:text-slate-300">
              {topic.phases.map((p) => phases.find((x) => x.slug === p)?.name ?? p).join(", ")}
            </p>
          </div>
          <div>
            <h3 className="font-semibold">Often discussed with</h3>
            {topic.pairs.length === 0 ? (
              <p className="mt-1 text-slate-600 dark:text-slate-400">
                No joint-video count is reported in the paper’s text.
              </p>
            ) : (
              <ul className="mt-1 space-y-0.5">
                {topic.pairs.slice(0, 3).map((p) => {
                  const other = p.a === topic.slug ? p.b : p.a;
                  return (
                    <li key={other} className="flex justify-between gap-2">
                      <Link
                        href={`/topics/${other}`}
                        className="inline-flex min-h-6 items-center text-sky-700 underline dark:text-sky-400"
                      >
                        {nameOf(other)}
                      </Link>
                      <span className="tabular-nums text-slate-600 dark:text-slate-400">
                        {p.count} videos · {p.provenance}
                      </span>
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
          {topic.quotes.length > 0 && (
            <div>
              <h3 className="font-semibold">Practitioners said</h3>
              <ul className="mt-1 space-y-2">
                {topic.quotes.slice(0, 2).map((q, i) => (
                  <li
                    key={i}
                    className={
                      "border-l-2 border-slate-300 pl-3 font-serif italic text-slate-800 " +
                      "dark:border-slate-600 dark:text-slate-200"
                    }
                  >
                    “{q.text}”{" "}
                    <Link
                      href={`/videos/${q.video}`}
                      className="font-sans text-xs text-sky-700 underline dark:text-sky-400"
                    >
                      {q.video}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div className="flex flex-wrap gap-2">
            <Link
              href={`/topics/${topic.slug}`}
              className="inline-block rounded-md bg-sky-700 px-3 py-2 font-medium text-white hover:bg-sky-800"
            >
              Open the {topic.name} page
            </Link>
            <AddToPlanLink
              slug={topic.slug}
              name={topic.name}
              className={
                "inline-block rounded-md border border-slate-300 px-3 py-2 font-medium " +
                "hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
              }
            />
          </div>
        </div>
      )}
    </aside>
  );
}
