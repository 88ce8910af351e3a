import { cellHref } from "@/lib/domain/pairs";
import { IntentLink as Link } from "@/components/IntentLink";
import type { EntryProps } from "./props";
import { entryPath } from "@/lib/domain/entry-path";
import { themeColor } from "@/lib/domain/palette";
import { EntryFigure } from "./EntryFigure";
import { Markdown } from "@/components/Markdown";
import { QuoteBlock } from "@/components/QuoteBlock";
import { EditorialBadge, PageHeader, Section } from "@/components/PageHeader";
import { EntryCite } from "./EntryCite";
import { CopyLinkButton } from "@/components/CopyButton";
import { AddToPlanLink } from "@/components/plan/AddToPlanLink";
import { CONSIDERATION_MAPPING_TITLE } from "@/lib/domain/considerations";
import { PairKindBadge, PairKindLegend } from "@/components/paper/PairKindBadge";
import { FindingCard } from "@/components/paper/FindingCard";
import { EntryJsonLd } from "./EntryJsonLd";
import { StaticMarkup } from "@/components/StaticMarkup";

/**
 * A topic's page, at the current version (/topics/<slug>, base "") or at one dataset version
 * (/v/<version>/topics/<slug>, base "/v/<version>", under that version's banner): one layout, read from the version's
 * view. What a version's snapshot predates (keywords, considerations, conclusions) is left out; planning and sharing
 * belong to the current pages.
 */
export function TopicEntry({ view, slug, base = "", banner }: EntryProps) {
  const live = base === "";
  const topic = view.topic(slug)!;
  const version = view.datasetVersion();
  const allConsiderations = view.considerations();
  const conclusions = view.findings().filter((f) => f.group === "conclusion" && f.topics.includes(topic.slug));
  const considerations = allConsiderations.flatMap((c) =>
    c.topics.filter((l) => l.topic === topic.slug).map((l) => ({ ...c, rationale: l.rationale })),
  );
  const theme = view.themes().find((t) => t.slug === topic.theme)!;
  const nameOf = new Map(view.topics().map((t) => [t.slug, t.name]));
  const phaseName = new Map(view.phases().map((p) => [p.slug, p.name]));

  return (
    <article>
      {banner}
      {live && <EntryJsonLd kind="topic" slug={topic.slug} />}
      <PageHeader
        crumbs={[
          { href: "/", label: "Map" },
          { href: entryPath("theme", theme.slug, base), label: theme.name },
        ]}
        kicker={`Topic · ${theme.name}`}
        title={topic.name}
      >
        {live && (
          <div className="mt-3 flex flex-wrap gap-2">
            <CopyLinkButton />
            <AddToPlanLink slug={topic.slug} name={topic.name} />
          </div>
        )}
        <div className="mt-5">
          <EntryFigure of={topic} color={themeColor(theme.position)} size="lg" />
        </div>
      </PageHeader>

      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <StaticMarkup className="min-w-0">
          <Section title="What the study found" id="summary">
            <div className="max-w-prose text-slate-800 dark:text-slate-200">
              <Markdown>{topic.summary}</Markdown>
            </div>
            <p className="mt-3 text-xs text-slate-500 dark:text-slate-400">
              Summary in our own words of Mailach et al., §{topic.section}.
            </p>
          </Section>

          <Section title={`What practitioners said (${topic.quotes.length})`} id="quotes">
            {topic.quotes.length === 0 ? (
              <p className="text-slate-600 dark:text-slate-400">The paper quotes no practitioner for this topic.</p>
            ) : (
              <ul className="space-y-4" data-testid="quotes">
                {topic.quotes.map((q, i) => (
                  <li key={i}>
                    <QuoteBlock text={q.text} video={q.video} />
                  </li>
                ))}
              </ul>
            )}
            <p className="mt-3 text-xs text-slate-500 dark:text-slate-400">
              Quotes are verbatim from the paper; “[..]” marks the paper’s own omissions.
            </p>
          </Section>

          <Section title="Discussed together with" id="pairs">
            {topic.pairs.length === 0 ? (
              <p className="text-slate-600 dark:text-slate-400">
                The paper’s text reports no joint-video count for this topic. The full matrix is only in the paper’s
                figure and replication package; see the{" "}
                <Link href={`${base}/cooccurrence`} className="underline">
                  co-occurrence overview
                </Link>
                .
              </p>
            ) : (
              <ul className="space-y-3" data-testid="pairs">
                {topic.pairs.map((p) => {
                  const other = p.a === topic.slug ? p.b : p.a;
                  return (
                    <li key={other} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
                      <p className="flex flex-wrap items-baseline justify-between gap-2">
                        <Link
                          href={cellHref(topic.slug, other, live ? undefined : version.version)}
                          data-testid="pair-cell-link"
                          className="font-medium text-sky-700 hover:underline dark:text-sky-400"
                        >
                          {topic.name} × {nameOf.get(other)}
                        </Link>
                        <span className="tabular-nums">
                          <span className="font-semibold">{p.count}</span> joint videos{" "}
                          <span
                            className={
                              "ml-1 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700 " +
                              "dark:bg-slate-800 dark:text-slate-300"
                            }
                          >
                            {p.provenance === "reported" ? "reported" : "computed"}
                          </span>{" "}
                          <PairKindBadge kind={p.kind} />
                        </span>
                      </p>
                      {p.note && (
                        <p
                          className={
                            "mt-2 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm " +
                            "text-amber-900 dark:border-amber-700 dark:bg-amber-950 " +
                            "dark:text-amber-200"
                          }
                          data-testid="pair-note"
                        >
                          <strong>Inconsistent in the source.</strong> {p.note}
                        </p>
                      )}
                      {p.evidence && (
                        <blockquote
                          className={
                            "mt-2 border-l-2 border-slate-200 pl-3 text-sm text-slate-600 " +
                            "dark:border-slate-700 dark:text-slate-400"
                          }
                        >
                          “{p.evidence}” <span className="whitespace-nowrap">— Mailach et al., §IV-B</span>
                        </blockquote>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
            <PairKindLegend kinds={topic.pairs.map((p) => p.kind)} />
          </Section>

          {conclusions.length > 0 && (
            <Section title="What the paper concludes" id="conclusions">
              <div className="space-y-5" data-testid="topic-conclusions">
                {conclusions.map((f) => (
                  <FindingCard key={f.slug} finding={f} />
                ))}
              </div>
              <p className="mt-3 text-xs text-slate-500 dark:text-slate-400">
                From the paper’s Discussion; its other conclusions and the limits of its method are on{" "}
                <Link href="/about#conclusions" className="underline">
                  About
                </Link>
                .
              </p>
            </Section>
          )}
        </StaticMarkup>

        <aside className="min-w-0 space-y-8 lg:pt-10">
          <EntryCite kind="topic" slug={topic.slug} base={base} version={version.version} />
          <StaticMarkup className="space-y-8">
            <section aria-labelledby="phases-heading">
              <div className="flex flex-wrap items-center gap-2">
                <h2 id="phases-heading" className="text-base font-semibold">
                  Lifecycle phases
                </h2>
                <EditorialBadge />
              </div>
              <ul className="mt-3 space-y-3" data-testid="phases">
                {topic.phaseLinks.map((l) => (
                  <li key={l.phase} className="text-sm">
                    <Link
                      href={entryPath("phase", l.phase, base)}
                      className="font-medium text-sky-700 hover:underline dark:text-sky-400"
                    >
                      {phaseName.get(l.phase)}
                    </Link>
                    <p className="mt-0.5 text-slate-600 dark:text-slate-400">{l.rationale}</p>
                  </li>
                ))}
              </ul>
            </section>
            {topic.keywords.length > 0 && (
              <section aria-labelledby="keywords-heading">
                <div className="flex flex-wrap items-center gap-2">
                  <h2 id="keywords-heading" className="text-base font-semibold">
                    Search terms
                  </h2>
                </div>
                <ul className="mt-3 flex flex-wrap gap-1.5" data-testid="keywords">
                  {topic.keywords.map((k) => (
                    <li key={k}>
                      <Link
                        href={`/search?q=${encodeURIComponent(k)}`}
                        className={
                          "inline-block rounded-full bg-slate-100 px-2.5 py-0.5 text-sm " +
                          "text-slate-800 hover:bg-slate-200 dark:bg-slate-800 " +
                          "dark:text-slate-200 dark:hover:bg-slate-700"
                        }
                      >
                        {k}
                      </Link>
                    </li>
                  ))}
                </ul>
                <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">
                  Our terms for what §{topic.section} of the paper covers; search finds this topic by them.
                </p>
              </section>
            )}
            {allConsiderations.length > 0 && (
              <section aria-labelledby="considerations-heading">
                <div className="flex flex-wrap items-center gap-2">
                  <h2 id="considerations-heading" className="text-base font-semibold">
                    Engineering considerations
                  </h2>
                  <EditorialBadge title={CONSIDERATION_MAPPING_TITLE} />
                </div>
                {considerations.length === 0 ? (
                  <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
                    No consideration of the guide page maps to this topic.
                  </p>
                ) : (
                  <ul className="mt-3 space-y-3" data-testid="topic-considerations">
                    {considerations.map((c) => (
                      <li key={c.slug} className="text-sm">
                        <Link
                          href={entryPath("consideration", c.slug, base)}
                          className="font-medium text-sky-700 hover:underline dark:text-sky-400"
                        >
                          {c.name}
                        </Link>
                        <p className="mt-0.5 text-slate-600 dark:text-slate-400">{c.rationale}</p>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            )}
            <section
              aria-labelledby="provenance-heading"
              className="rounded-lg bg-slate-50 p-4 text-sm text-slate-700 dark:bg-slate-900 dark:text-slate-300"
            >
              <h2 id="provenance-heading" className="font-semibold">
                Where the numbers come from
              </h2>
              <ul className="mt-2 list-disc space-y-1 pl-4">
                <li>Count and share: Mailach et al. (arXiv 2411.08574), §{topic.section}, as printed.</li>
                <li>
                  Share = {topic.videoCount} / {topic.shareDenominator}, not / 189:{" "}
                  <Link href="/about#shares" className="underline">
                    why
                  </Link>
                  .
                </li>
                <li>Pairs: sentences of §IV-B; other pairs are not reported in the text.</li>
              </ul>
            </section>
          </StaticMarkup>
        </aside>
      </div>
    </article>
  );
}
