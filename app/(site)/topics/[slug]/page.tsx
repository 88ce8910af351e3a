import type { Metadata } from "next";
import Link from "@/components/IntentLink";
import { catalogue } from "@/lib/data";
import { topicPage } from "@/lib/pages";
import { formatShare } from "@/lib/domain/share";
import { themeColor } from "@/lib/domain/palette";
import { Figure } from "@/components/Figure";
import { Markdown } from "@/components/Markdown";
import { QuoteBlock } from "@/components/QuoteBlock";
import { EditorialBadge, PageHeader, Section } from "@/components/PageHeader";
import { entityJsonLd, entityMetadata } from "@/lib/entity-page";
import { CiteControl } from "@/components/CiteControl";
import { CopyLinkButton } from "@/components/CopyButton";
import { JsonLd } from "@/components/JsonLd";
import { AddToPlanLink } from "@/components/plan/AddToPlanLink";
import { CONSIDERATION_MAPPING_TITLE } from "@/lib/domain/considerations";
import { PairKindBadge, PairKindLegend } from "@/components/paper/PairKindBadge";
import { FindingCard } from "@/components/paper/FindingCard";
import { cellHref } from "@/lib/domain/pairs";

type Props = { params: Promise<{ slug: string }> };

// Every entry is prerendered; anything else is the static 404 page (old slugs redirect in next.config.ts).
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await catalogue().topics()).map((t) => ({ slug: t.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = await topicPage((await params).slug);
  return entityMetadata(
    "topic",
    topic.slug,
    topic.name,
    `${topic.name}: ${topic.videoCount} practitioner videos ` +
      `(${formatShare(topic.share)}), theme ${topic.themeName}. Summary, ` +
      `verbatim quotes, lifecycle phases and co-occurring topics.`,
  );
}

export default async function TopicPage({ params }: Props) {
  const topic = await topicPage((await params).slug);
  const reader = catalogue();
  const [themes, topics, phases, version, ld, allConsiderations, findings] = await Promise.all([
    reader.themes(),
    reader.topics(),
    reader.phases(),
    reader.datasetVersion(),
    entityJsonLd("topic", topic.slug),
    reader.considerations(),
    reader.findings(),
  ]);
  const conclusions = findings.filter((f) => f.group === "conclusion" && f.topics.includes(topic.slug));
  const considerations = allConsiderations.flatMap((c) =>
    c.topics.filter((l) => l.topic === topic.slug).map((l) => ({ ...c, rationale: l.rationale })),
  );
  const theme = themes.find((t) => t.slug === topic.theme)!;
  const nameOf = new Map(topics.map((t) => [t.slug, t.name]));
  const phaseName = new Map(phases.map((p) => [p.slug, p.name]));

  return (
    <article>
      {ld && <JsonLd data={ld} />}
      <PageHeader
        crumbs={[
          { href: "/", label: "Map" },
          { href: `/themes/${theme.slug}`, label: theme.name },
        ]}
        kicker={`Topic · ${theme.name}`}
        title={topic.name}
      >
        <div className="mt-3 flex flex-wrap gap-2">
          <CopyLinkButton />
          <AddToPlanLink slug={topic.slug} name={topic.name} />
        </div>
        <div className="mt-5">
          <Figure
            videoCount={topic.videoCount}
            share={topic.share}
            shareDenominator={topic.shareDenominator}
            section={topic.section}
            color={themeColor(theme.position)}
            size="lg"
          />
        </div>
      </PageHeader>

      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="min-w-0">
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
                <Link href="/cooccurrence" className="underline">
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
                          href={cellHref(topic.slug, other)}
                          className="font-medium text-sky-700 hover:underline dark:text-sky-400"
                          data-testid="pair-cell-link"
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
        </div>

        <aside className="min-w-0 space-y-8 lg:pt-10">
          <CiteControl
            basePath={`/topics/${topic.slug}`}
            studyLabel="The study (Mailach et al.)"
            version={version.version}
          />
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
                    href={`/phases/${l.phase}`}
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
                      href={`/considerations/${c.slug}`}
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
        </aside>
      </div>
    </article>
  );
}
