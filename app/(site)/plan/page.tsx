import type { Metadata } from "next";
import { StaticMarkup } from "@/components/StaticMarkup";
import { IntentLink as Link } from "@/components/IntentLink";
import { loadPlan } from "@/lib/plan";
import { catalogue } from "@/lib/data";
import { planPath, withoutTopic } from "@/lib/domain/plan/url";
import { considerationItem, topicItem } from "@/lib/domain/plan/checklist";
import { INCONSISTENT_LABEL, NO_EVIDENCE_LABEL, PROVENANCE_BADGE, PROVENANCE_LABEL } from "@/lib/domain/provenance";
import { CONSIDERATION_MAPPING_TITLE, UNMAPPED_SENTENCE } from "@/lib/domain/considerations";
import { formatShare } from "@/lib/domain/share";
import { EditorialBadge, PageHeader, Section } from "@/components/PageHeader";
import { UrlNotice } from "@/components/UrlNotice";
import { PlanLinkNotice } from "@/components/PlanLinkNotice";
import { CopyLinkButton } from "@/components/CopyButton";
import { QuoteBlock } from "@/components/QuoteBlock";
import { DormantDetails } from "@/components/DormantDetails";
import {
  DownloadMarkdownButton,
  NoteField,
  PlanProgressProvider,
  PrintButton,
  ProgressSummary,
  TickBox,
} from "@/components/plan/PlanProgress";
import { TopicFilter } from "@/components/plan/TopicFilter";
import { PlanSummary } from "@/components/plan/PlanSummary";
import { PlanPresets } from "@/components/plan/PlanPresets";
import { RelationBadge } from "@/components/plan/RelationBadge";
import { SuggestionSentence } from "@/components/plan/SuggestionSentence";
import { planSentences } from "@/lib/domain/plan/suggestions";
import { RELATION_EXPLAINER, relationOf } from "@/lib/domain/plan/relation";
import { SaveAsTeamPlan } from "@/components/layers/SaveAsTeamPlan";
import { absoluteUrl, siteUrl } from "@/lib/site";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const plan = await loadPlan((await searchParams).topics);
  const picks = plan.picks.map((p) => p.slug);
  const title = plan.picks.length ? `Plan: ${plan.picks.map((p) => p.name).join(", ")}` : "Plan your LLM project";
  const description = plan.picks.length
    ? `What else to consider when building with ` +
      `${plan.picks.map((p) => p.name).join(", ")}: co-occurring topics, ` +
      `lifecycle coverage and engineering considerations.`
    : "Pick the topics your LLM project involves and get what else to consider, lifecycle coverage and a checklist.";
  const image = { url: planPath(picks, "/og/plan"), width: 1200, height: 630, alt: title };
  return {
    title,
    description,
    alternates: { canonical: planPath(picks) },
    // og:url: the plan's canonical view (lib/domain/views/canonical.ts)
    openGraph: { title, description, url: planPath(picks), type: "website", images: [image] },
    twitter: { card: "summary_large_image", title, description, images: [image.url] },
  };
}

const linkClass = "font-medium text-sky-700 hover:underline dark:text-sky-400";

/** A link whose absolute address is printed after it on paper (see the print stylesheet). */
function PlanLink({
  href,
  children,
  className = linkClass,
}: {
  href: string;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <Link href={href} className={className} data-print-href={absoluteUrl(href)}>
      {children}
    </Link>
  );
}

export default async function PlanPage({ searchParams }: Props) {
  const plan = await loadPlan((await searchParams).topics);
  const themes = await catalogue().topics();
  const themeOf = new Map(themes.map((t) => [t.slug, t.theme]));
  const picks = plan.picks.map((p) => p.slug);
  const picked = new Set(picks);
  const nameOf = new Map(plan.topics.map((t) => [t.slug, t.name]));
  const phaseName = (slug: string) =>
    [...plan.phases.covered, ...plan.phases.uncovered].find((p) => p.slug === slug)?.name ?? slug;
  const applies = plan.considerations.filter((c) => c.status === "applies");
  const sentences = planSentences(plan.suggestions);
  const others = plan.considerations.filter((c) => c.status !== "applies");

  return (
    <PlanProgressProvider picks={picks}>
      <article className="plan">
        <StaticMarkup>
          <PageHeader
            crumbs={[{ href: "/", label: "Map" }]}
            kicker="Planner"
            title={plan.picks.length ? "Your LLM project plan" : "Plan your LLM project"}
          >
            {plan.picks.length ? (
              <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
                {plan.picks.map((p) => p.name).join(", ")}: what practitioners discuss with them, lifecycle coverage and
                a checklist. The plan lives in the link; ticks and notes stay in this browser.
              </p>
            ) : (
              <p className="mt-4 max-w-3xl text-lg leading-8 text-slate-700 dark:text-slate-300">
                Pick the topics your project involves, or start from a kind of project. The plan shows what
                practitioners discuss alongside them, which lifecycle phases they touch and which engineering
                considerations apply, as a checklist. The plan lives in the link; ticks and notes stay in this browser.
              </p>
            )}
          </PageHeader>
        </StaticMarkup>
        {plan.notice ? (
          <UrlNotice notices={[plan.notice]} />
        ) : (
          <PlanLinkNotice known={plan.topics.map((t) => t.slug)} />
        )}
        {plan.picks.length > 0 && (
          <StaticMarkup>
            <PlanSummary plan={plan} />
          </StaticMarkup>
        )}

        <section
          id="picks"
          aria-labelledby="picks-heading"
          className="scroll-mt-6 rounded-xl border border-slate-200 p-5 dark:border-slate-800"
        >
          <h2 id="picks-heading" className="text-lg font-semibold">
            Topics in this plan ({plan.picks.length})
          </h2>
          {plan.picks.length === 0 ? (
            <p className="mt-2 text-slate-600 dark:text-slate-400">
              No topics picked yet. Choose some below, or use “Add to plan” on a topic page or in the map.
            </p>
          ) : (
            <ul className="mt-3 space-y-3" data-testid="plan-picks">
              {plan.picks.map((t) => (
                <li key={t.slug} className="flex items-start gap-3">
                  <TickBox item={topicItem(t.slug)} label={`${t.name} done`} />
                  <div className="min-w-0 flex-1">
                    <StaticMarkup>
                      <p className="flex flex-wrap items-baseline gap-x-3">
                        <PlanLink href={`/topics/${t.slug}`}>{t.name}</PlanLink>
                        <span className="text-sm tabular-nums text-slate-600 dark:text-slate-400">
                          {t.videoCount} videos · {formatShare(t.share)}
                        </span>
                        <Link
                          href={planPath(withoutTopic(picks, t.slug))}
                          className="no-print inline-block py-1 text-xs text-slate-600 underline dark:text-slate-400"
                          aria-label={`Remove ${t.name} from the plan`}
                        >
                          Remove
                        </Link>
                      </p>
                    </StaticMarkup>
                    <NoteField item={topicItem(t.slug)} label={t.name} />
                  </div>
                </li>
              ))}
            </ul>
          )}

          {plan.picks.length === 0 && (
            <div className="no-print mt-5">
              <StaticMarkup>
                <PlanPresets plan={plan} />
              </StaticMarkup>
            </div>
          )}
          {/* Closed once topics are picked: its presets and picker are hydrated when first opened. */}
          <DormantDetails
            className="no-print mt-5"
            open={plan.picks.length === 0 || undefined}
            summary={
              <summary className="cursor-pointer font-medium text-sky-700 dark:text-sky-400">
                {plan.picks.length ? "Change topics, or start from a kind of project" : "Choose topics"}
              </summary>
            }
          >
            {plan.picks.length > 0 && (
              <div className="mt-3">
                <StaticMarkup>
                  <PlanPresets plan={plan} />
                </StaticMarkup>
              </div>
            )}
            <form method="get" action="/plan" className="mt-3">
              <TopicFilter
                listId="plan-topic-list"
                total={plan.topics.length}
                version={plan.datasetVersion}
                presets={plan.presets.map((p) => ({ slug: p.slug, name: p.name, href: p.href }))}
              />
              <StaticMarkup>
                <fieldset>
                  <legend className="sr-only">Topics</legend>
                  <ul id="plan-topic-list" className="grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
                    {plan.topics.map((t) => (
                      <li
                        key={t.slug}
                        data-topic-name={`${t.name} ${themeOf.get(t.slug) ?? ""}`}
                        data-topic-slug={t.slug}
                      >
                        <label
                          className={
                            "flex items-center gap-2 rounded px-2 py-1 hover:bg-slate-50 dark:hover:bg-slate-900"
                          }
                        >
                          <input
                            type="checkbox"
                            name="topics"
                            value={t.slug}
                            defaultChecked={picked.has(t.slug)}
                            className="h-4 w-4 accent-sky-700"
                          />
                          <span>
                            {t.name}
                            <span
                              data-topic-why
                              className="block text-xs text-slate-600 empty:hidden dark:text-slate-400"
                            />
                          </span>
                          <span className="ml-auto text-xs tabular-nums text-slate-500 dark:text-slate-400">
                            {t.videoCount}
                          </span>
                        </label>
                      </li>
                    ))}
                  </ul>
                </fieldset>
              </StaticMarkup>
              <button
                type="submit"
                className="mt-3 rounded-md bg-sky-700 px-3 py-2 text-sm font-medium text-white hover:bg-sky-800"
              >
                Show the plan
              </button>
            </form>
          </DormantDetails>
        </section>

        {plan.picks.length > 0 && (
          <>
            <div className="no-print mt-6 flex flex-wrap items-center gap-2" data-testid="plan-share">
              <CopyLinkButton />
              <a
                href={planPath(picks, "/plan.md")}
                className={
                  "rounded-md border border-slate-300 px-2.5 py-1.5 text-sm " +
                  "hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
                }
                data-testid="plan-md-link"
              >
                Markdown (no ticks)
              </a>
              <DownloadMarkdownButton
                href={planPath(picks, "/plan.md")}
                siteUrl={siteUrl()}
                fileName={`llm-plan-${picks.join("-").slice(0, 80)}.md`}
              />
              <PrintButton />
              <SaveAsTeamPlan
                picks={picks}
                catalogue={{
                  topics: plan.topics.map((t) => t.slug),
                  considerations: [...plan.considerations].sort((a, b) => a.position - b.position).map((c) => c.slug),
                }}
                datasetVersion={plan.datasetVersion}
                defaultName={`Plan: ${plan.picks.map((p) => p.name).join(", ")}`.slice(0, 120)}
              />
            </div>

            <Section title="What else to consider" id="suggestions">
              <p className="mb-4 max-w-3xl text-sm text-slate-600 dark:text-slate-400">
                Topics practitioners discuss in the same videos as your picks, ranked by the number of joint videos
                (Mailach et al., §IV-B). {RELATION_EXPLAINER} Each count says where it comes from.
              </p>
              {plan.suggestions.length === 0 ? (
                <p className="text-slate-600 dark:text-slate-400">No joint-video count is known for these picks.</p>
              ) : (
                <ol className="space-y-3" data-testid="suggestions">
                  {plan.suggestions.map((s) => (
                    <li
                      key={s.slug}
                      id={`suggestion-${s.slug}`}
                      className={
                        "flex scroll-mt-6 items-start gap-3 rounded-lg border border-slate-200 p-4 " +
                        "dark:border-slate-800"
                      }
                      data-testid="suggestion"
                      data-kind={s.kind ?? "none"}
                    >
                      <TickBox item={topicItem(s.slug)} label={`${s.name} considered`} />
                      <div className="min-w-0 flex-1">
                        <StaticMarkup>
                          <p className="flex flex-wrap items-baseline justify-between gap-2">
                            <PlanLink href={`/topics/${s.slug}`}>{s.name}</PlanLink>
                            <span className="tabular-nums">
                              <span className="font-semibold" data-testid="suggestion-count">
                                {s.count}
                              </span>{" "}
                              joint videos with {nameOf.get(s.evidence.with)}{" "}
                              <span
                                className={
                                  "ml-1 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700 " +
                                  "dark:bg-slate-800 dark:text-slate-300"
                                }
                                title={PROVENANCE_LABEL[s.provenance]}
                              >
                                {PROVENANCE_BADGE[s.provenance]}
                              </span>
                            </span>
                          </p>
                          <p
                            className="mt-1 flex flex-wrap items-center gap-2 text-sm"
                            data-testid="suggestion-relation"
                          >
                            <RelationBadge kind={s.kind} />{" "}
                            <span className="text-slate-700 dark:text-slate-300">
                              {relationOf(s.kind).joiner} {nameOf.get(s.evidence.with)}
                            </span>
                          </p>
                          {s.evidence.inconsistent && (
                            <p
                              className={
                                "mt-2 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm " +
                                "text-amber-900 dark:border-amber-700 dark:bg-amber-950 " +
                                "dark:text-amber-200"
                              }
                              data-testid="pair-note"
                            >
                              <strong>{INCONSISTENT_LABEL}</strong> {s.evidence.note}
                            </p>
                          )}
                          {s.evidence.sentence && (
                            <SuggestionSentence slug={s.slug} sentence={sentences.get(s.slug)!} nameOf={nameOf} />
                          )}
                          {s.alsoWith.length > 1 && (
                            <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                              Also with{" "}
                              {s.alsoWith
                                .slice(1)
                                .map((w) => `${nameOf.get(w.with)}: ${w.count} (${PROVENANCE_BADGE[w.provenance]})`)
                                .join("; ")}
                              .
                            </p>
                          )}
                          {s.unknownWith.length > 0 && (
                            <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                              With {s.unknownWith.map((w) => nameOf.get(w)).join(", ")}: {NO_EVIDENCE_LABEL}.
                            </p>
                          )}
                        </StaticMarkup>
                        <NoteField item={topicItem(s.slug)} label={s.name} />
                      </div>
                    </li>
                  ))}
                </ol>
              )}
              {plan.notReported.length > 0 && (
                <StaticMarkup>
                  <div
                    className="mt-6 rounded-lg border border-dashed border-slate-300 p-4 dark:border-slate-700"
                    data-testid="not-reported"
                  >
                    <h3 className="font-semibold">No reported evidence either way ({plan.notReported.length})</h3>
                    <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                      The paper’s text gives no joint-video count for these topics with your picks. That is not a count
                      of zero: they are not ranked.
                    </p>
                    <p className="mt-2 text-sm">
                      {plan.notReported.map((t, i) => (
                        <span key={t.slug}>
                          {i > 0 && ", "}
                          <PlanLink href={`/topics/${t.slug}`}>{t.name}</PlanLink>
                        </span>
                      ))}
                    </p>
                  </div>
                </StaticMarkup>
              )}
            </Section>

            <Section title="Lifecycle coverage" id="phases" aside={<EditorialBadge />}>
              <p className="mb-4 max-w-3xl text-sm text-slate-600 dark:text-slate-400">
                The six phases of Rao et al. (arXiv 2506.23762). {plan.phases.covered.length} of{" "}
                {plan.phases.covered.length + plan.phases.uncovered.length} are touched by your topics; which topic
                belongs to which phase is our editorial judgement.
              </p>
              <StaticMarkup>
                <ul className="grid gap-3 md:grid-cols-2" data-testid="phase-coverage">
                  {plan.phases.covered.map((p) => (
                    <li
                      key={p.slug}
                      className="rounded-lg border border-emerald-300 p-4 dark:border-emerald-800"
                      data-testid="phase-covered"
                    >
                      <p className="text-xs font-medium uppercase tracking-wide text-emerald-800 dark:text-emerald-300">
                        Covered
                      </p>
                      <PlanLink href={`/phases/${p.slug}`}>{p.name}</PlanLink>
                      <ul className="mt-1 space-y-1 text-sm text-slate-700 dark:text-slate-300">
                        {p.reasons.map((r) => (
                          <li key={r.topic}>
                            <span className="font-medium">via {nameOf.get(r.topic)}:</span> {r.rationale}
                          </li>
                        ))}
                      </ul>
                    </li>
                  ))}
                  {plan.phases.uncovered.map((p) => (
                    <li
                      key={p.slug}
                      className="rounded-lg border border-dashed border-slate-300 p-4 dark:border-slate-700"
                      data-testid="phase-uncovered"
                    >
                      <p className="text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">
                        Not covered by your topics
                      </p>
                      <PlanLink href={`/phases/${p.slug}`}>{phaseName(p.slug)}</PlanLink>
                    </li>
                  ))}
                </ul>
              </StaticMarkup>
            </Section>
          </>
        )}

        <Section
          title="Engineering considerations"
          id="considerations"
          aside={<EditorialBadge title={CONSIDERATION_MAPPING_TITLE} />}
        >
          <div className="mb-4">
            <ProgressSummary considerations={plan.considerations.map((c) => c.slug)} />
            <p className="mt-2 max-w-3xl text-sm text-slate-600 dark:text-slate-400">
              Eleven considerations from an undated, unattributed guide page. Those your topics map to come first; tick
              what your team has considered.
            </p>
          </div>
          <ul className="space-y-3" data-testid="plan-considerations">
            {[...applies, ...others].map((c) => (
              <li
                key={c.slug}
                className="flex items-start gap-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
                data-testid="plan-consideration"
                data-status={c.status}
              >
                <TickBox item={considerationItem(c.slug)} label={`${c.name} considered`} />
                <div className="min-w-0 flex-1">
                  <StaticMarkup>
                    <PlanLink href={`/considerations/${c.slug}`}>{c.name}</PlanLink>
                    {c.status === "applies" ? (
                      <ul className="mt-1 space-y-0.5 text-sm text-slate-700 dark:text-slate-300">
                        {c.via.map((v) => (
                          <li key={v.topic}>
                            <span className="font-medium">Applies through {nameOf.get(v.topic)}:</span> {v.rationale}
                          </li>
                        ))}
                      </ul>
                    ) : c.status === "other" ? (
                      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                        Not touched by your topics (maps to {c.topics.map((t) => nameOf.get(t)).join(", ")}).
                      </p>
                    ) : (
                      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{UNMAPPED_SENTENCE}</p>
                    )}
                  </StaticMarkup>
                  <NoteField item={considerationItem(c.slug)} label={c.name} />
                </div>
              </li>
            ))}
          </ul>
        </Section>

        {plan.quotes.length > 0 && (
          <Section title="What practitioners said" id="quotes">
            <StaticMarkup>
              <ul className="space-y-4" data-testid="plan-quotes">
                {plan.quotes.map((q, i) => (
                  <li key={i}>
                    <QuoteBlock text={q.text} video={q.video} context={<> · on {nameOf.get(q.topic)}</>} />
                  </li>
                ))}
              </ul>
            </StaticMarkup>
            <p className="mt-3 text-xs text-slate-500 dark:text-slate-400">
              Verbatim from Mailach et al.; “[..]” marks the paper’s own omissions. Up to three per topic.
            </p>
          </Section>
        )}

        <p className="mt-10 text-xs text-slate-500 dark:text-slate-400">
          Dataset version {plan.datasetVersion}. Plan link:{" "}
          <span className="break-all">{absoluteUrl(planPath(picks))}</span>
        </p>
      </article>
    </PlanProgressProvider>
  );
}
