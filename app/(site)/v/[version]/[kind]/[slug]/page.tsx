import type { Metadata } from "next";
import Link from "@/components/IntentLink";
import { notFound } from "next/navigation";
import { catalogue } from "@/lib/data";
import { isSlug } from "@/lib/domain/slug";
import { VERSION_PATTERN } from "@/lib/domain/version";
import { formatShare } from "@/lib/domain/share";
import { themeColor } from "@/lib/domain/palette";
import { Figure } from "@/components/Figure";
import { Markdown } from "@/components/Markdown";
import { QuoteBlock } from "@/components/QuoteBlock";
import { CiteControl } from "@/components/CiteControl";
import { EditorialBadge, PageHeader, Section } from "@/components/PageHeader";
import { VersionBanner, type NewerVersionNote } from "@/components/VersionBanner";
import { compareSnapshots, changeOf, describeChange } from "@/lib/domain/release/compare";
import { compareVersions } from "@/lib/domain/version";
import { PairKindBadge } from "@/components/paper/PairKindBadge";
import { ThemeOriginNote } from "@/components/paper/ThemeOriginNote";
import { cellHref } from "@/lib/domain/pairs";

/**
 * Permalink of a theme, topic or phase as it was in one dataset version: /v/1.0.0/topics/rag-systems. Rendered
 * from that version's stored snapshot, in the live page's layout, with a Cite box that cites that version, so it
 * keeps showing the cited data after the content changes. An unknown version is a 404 naming the versions
 * that exist (./not-found.tsx).
 */
export const dynamic = "force-dynamic";

const KINDS = { topics: "topic", themes: "theme", phases: "phase" } as const;
type Props = { params: Promise<{ version: string; kind: string; slug: string }> };

async function load({ version, kind, slug }: { version: string; kind: string; slug: string }) {
  if (!VERSION_PATTERN.test(version) || !(kind in KINDS) || !isSlug(slug)) notFound();
  const snap = await catalogue().snapshot(version);
  if (!snap) notFound();
  const k = KINDS[kind as keyof typeof KINDS];
  const byAlias = <T extends { slug: string; aliases?: string[] }>(list: T[]) =>
    list.find((e) => e.slug === slug) ?? list.find((e) => e.aliases?.includes(slug));
  const entry = k === "topic" ? byAlias(snap.topics) : k === "theme" ? byAlias(snap.themes) : byAlias(snap.phases);
  if (!entry) notFound();
  return { snap, k, entry, version };
}

/** On a version older than the current one: the current version, this entry's page there and what changed. */
async function newerVersionNote(
  snap: NonNullable<Awaited<ReturnType<ReturnType<typeof catalogue>["snapshot"]>>>,
  k: "topic" | "theme" | "phase",
  slug: string,
  currentVersion: string,
): Promise<NewerVersionNote | undefined> {
  if (compareVersions(currentVersion, snap.dataset.version) <= 0) return undefined;
  const next = await catalogue().snapshot(currentVersion);
  if (!next) return undefined;
  const list: Array<{ slug: string; aliases?: string[] }> =
    k === "topic" ? next.topics : k === "theme" ? next.themes : next.phases;
  const now = list.find((e) => e.slug === slug) ?? list.find((e) => e.aliases?.includes(slug));
  if (!now) return { version: currentVersion, path: null, changes: [] };
  const change = changeOf(compareSnapshots(snap, next), k, now.slug);
  return {
    version: currentVersion,
    path: `/v/${currentVersion}/${k}s/${now.slug}`,
    changes: change ? describeChange(change) : [],
  };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // notFound() here would answer with the root 404 page; the page itself throws it, for ./not-found.tsx.
  const found = await load(await params).catch(() => null);
  if (!found) return { title: "Not found", robots: { index: false } };
  const { entry, version, k } = found;
  const current = `/${k}s/${entry.slug}`;
  return { title: `${entry.name} (dataset v${version})`, alternates: { canonical: current }, robots: { index: false } };
}

export default async function VersionedEntryPage({ params }: Props) {
  const { snap, k, entry, version } = await load(await params);
  const current = await catalogue().datasetVersion();
  const newer = await newerVersionNote(snap, k, entry.slug, current.version);
  const topicName = new Map(snap.topics.map((t) => [t.slug, t.name]));
  const phaseName = new Map(snap.phases.map((p) => [p.slug, p.name]));
  const themeOf = new Map(snap.themes.map((t) => [t.slug, t]));
  const denominator = snap.study.shareDenominator;
  const base = `/v/${version}`;
  const banner = (
    <VersionBanner
      version={version}
      releasedAt={snap.dataset.releasedAt}
      contentHash={snap.dataset.contentHash}
      currentVersion={current.version}
      currentPath={`/${k}s/${entry.slug}`}
      newer={newer}
    />
  );
  const link = "font-medium text-sky-700 hover:underline dark:text-sky-400";

  if (k === "topic") {
    const t = snap.topics.find((x) => x.slug === entry.slug)!;
    const theme = themeOf.get(t.theme)!;
    const pairs = snap.pairs.filter((p) => p.a === t.slug || p.b === t.slug).sort((x, y) => y.count - x.count);
    return (
      <article>
        {banner}
        <PageHeader
          crumbs={[{ href: base + "/themes/" + theme.slug, label: `${theme.name} (v${version})` }]}
          kicker={`Topic · ${theme.name}`}
          title={t.name}
        >
          <div className="mt-5">
            <Figure
              videoCount={t.videoCount}
              share={t.share}
              shareDenominator={denominator}
              section={t.section}
              color={themeColor(theme.position)}
              size="lg"
            />
          </div>
        </PageHeader>
        <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
          <div className="min-w-0">
            <Section title="What the study found" id="summary">
              <div className="max-w-prose text-slate-800 dark:text-slate-200">
                <Markdown>{t.summary}</Markdown>
              </div>
              <p className="mt-3 text-xs text-slate-500 dark:text-slate-400">
                Summary in our own words of Mailach et al., §{t.section}.
              </p>
            </Section>
            <Section title={`What practitioners said (${t.quotes.length})`} id="quotes">
              {t.quotes.length === 0 ? (
                <p className="text-slate-600 dark:text-slate-400">The paper quotes no practitioner for this topic.</p>
              ) : (
                <ul className="space-y-4" data-testid="quotes">
                  {t.quotes.map((q, i) => (
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
              {pairs.length === 0 ? (
                <p className="text-slate-600 dark:text-slate-400">
                  The paper’s text reports no joint-video count for this topic.
                </p>
              ) : (
                <ul className="space-y-3" data-testid="pairs">
                  {pairs.map((p) => {
                    const other = p.a === t.slug ? p.b : p.a;
                    return (
                      <li key={other} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
                        <p className="flex flex-wrap items-baseline justify-between gap-2">
                          <Link href={cellHref(t.slug, other, version)} className={link} data-testid="pair-cell-link">
                            {t.name} × {topicName.get(other)}
                          </Link>
                          <span className="tabular-nums">
                            <span className="font-semibold">{p.count}</span> joint videos{" "}
                            <span
                              className={
                                "ml-1 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700 " +
                                "dark:bg-slate-800 dark:text-slate-300"
                              }
                            >
                              reported
                            </span>{" "}
                            {/* Absent in snapshots before 1.2.0. */}
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
                          >
                            <strong>Inconsistent in the source.</strong> {p.note}
                          </p>
                        )}
                        <blockquote
                          className={
                            "mt-2 border-l-2 border-slate-200 pl-3 text-sm text-slate-600 " +
                            "dark:border-slate-700 dark:text-slate-400"
                          }
                        >
                          “{p.evidence}” <span className="whitespace-nowrap">— Mailach et al., §IV-B</span>
                        </blockquote>
                      </li>
                    );
                  })}
                </ul>
              )}
            </Section>
          </div>
          <aside className="min-w-0 space-y-8 lg:pt-10">
            <CiteControl
              basePath={`${base}/topics/${t.slug}`}
              studyLabel="The study (Mailach et al.)"
              version={version}
            />
            <section aria-labelledby="phases-heading">
              <div className="flex flex-wrap items-center gap-2">
                <h2 id="phases-heading" className="text-base font-semibold">
                  Lifecycle phases
                </h2>
                <EditorialBadge />
              </div>
              <ul className="mt-3 space-y-3" data-testid="phases">
                {t.phases.map((l) => (
                  <li key={l.phase} className="text-sm">
                    <Link href={`${base}/phases/${l.phase}`} className={link}>
                      {phaseName.get(l.phase)}
                    </Link>
                    <p className="mt-0.5 text-slate-600 dark:text-slate-400">{l.rationale}</p>
                  </li>
                ))}
              </ul>
            </section>
          </aside>
        </div>
      </article>
    );
  }

  if (k === "theme") {
    const t = snap.themes.find((x) => x.slug === entry.slug)!;
    return (
      <article>
        {banner}
        <PageHeader kicker="Theme" title={t.name}>
          <p className="mt-4 max-w-3xl text-lg leading-8 text-slate-700 dark:text-slate-300">{t.summary}</p>
          <div className="mt-5">
            <Figure
              videoCount={t.videoCount}
              share={t.share}
              shareDenominator={denominator}
              section={t.section}
              color={themeColor(t.position)}
              size="lg"
            />
          </div>
          {/* Snapshots before 1.2.0 do not say where a theme comes from. */}
          {t.origin && <ThemeOriginNote origin={t.origin} evidence={t.originEvidence ?? null} />}
        </PageHeader>
        <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
          <Section title="Topics" id="topics">
            <ul className="space-y-2" data-testid="theme-topics">
              {snap.topics
                .filter((x) => x.theme === t.slug)
                .map((x) => (
                  <li key={x.slug}>
                    <Link className={link} href={`${base}/topics/${x.slug}`}>
                      {x.name}
                    </Link>
                    : {x.videoCount} videos, {formatShare(x.share)}
                  </li>
                ))}
            </ul>
          </Section>
          <aside className="lg:pt-10">
            <CiteControl
              basePath={`${base}/themes/${t.slug}`}
              studyLabel="The study (Mailach et al.)"
              version={version}
            />
          </aside>
        </div>
      </article>
    );
  }

  const p = snap.phases.find((x) => x.slug === entry.slug)!;
  return (
    <article>
      {banner}
      <PageHeader kicker={`Lifecycle phase ${p.position} of ${snap.phases.length}`} title={p.name}>
        <p className="mt-4 max-w-3xl text-lg leading-8 text-slate-700 dark:text-slate-300">{p.summary}</p>
      </PageHeader>
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <Section title="Practitioner topics in this phase" id="topics" aside={<EditorialBadge />}>
          <ul className="space-y-2" data-testid="phase-topics">
            {snap.topics
              .filter((t) => t.phases.some((l) => l.phase === p.slug))
              .map((t) => (
                <li key={t.slug}>
                  <Link className={link} href={`${base}/topics/${t.slug}`}>
                    {t.name}
                  </Link>
                  : {t.phases.find((l) => l.phase === p.slug)!.rationale}
                </li>
              ))}
          </ul>
        </Section>
        <aside className="lg:pt-10">
          <CiteControl
            basePath={`${base}/phases/${p.slug}`}
            studyLabel="The lifecycle paper (Rao et al.)"
            version={version}
          />
        </aside>
      </div>
    </article>
  );
}
