import type { Metadata } from "next";
import Link from "@/components/IntentLink";
import { notFound } from "next/navigation";
import { catalogue } from "@/lib/data";
import { isSlug } from "@/lib/domain/slug";
import { VERSION_PATTERN } from "@/lib/domain/version";
import { formatShare } from "@/lib/domain/share";
import { Figure } from "@/components/Figure";
import { Markdown } from "@/components/Markdown";
import { QuoteBlock } from "@/components/QuoteBlock";
import { EditorialBadge, PageHeader, Section } from "@/components/PageHeader";

/**
 * Permalink of a theme, topic or phase as it was in one dataset version:
 * /v/1.0.0/topics/rag-systems. Rendered from that version's stored snapshot, so it keeps
 * showing the cited data after the content changes.
 */
export const dynamic = "force-dynamic";

const KINDS = { topics: "topic", themes: "theme", phases: "phase" } as const;
type Props = { params: Promise<{ version: string; kind: string; slug: string }> };

async function load({ version, kind, slug }: { version: string; kind: string; slug: string }) {
  if (!VERSION_PATTERN.test(version) || !(kind in KINDS) || !isSlug(slug)) notFound();
  const snap = await catalogue().snapshot(version);
  if (!snap) notFound();
  const k = KINDS[kind as keyof typeof KINDS];
  const byAlias = <T extends { slug: string; aliases?: string[] }>(list: T[]) => list.find((e) => e.slug === slug) ?? list.find((e) => e.aliases?.includes(slug));
  const entry = k === "topic" ? byAlias(snap.topics) : k === "theme" ? byAlias(snap.themes) : byAlias(snap.phases);
  if (!entry) notFound();
  return { snap, k, entry, version };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { entry, version, k } = await load(await params);
  const current = `/${k}s/${entry.slug}`;
  return { title: `${entry.name} (dataset v${version})`, alternates: { canonical: current }, robots: { index: false } };
}

export default async function VersionedEntryPage({ params }: Props) {
  const { snap, k, entry, version } = await load(await params);
  const current = await catalogue().datasetVersion();
  const topicName = new Map(snap.topics.map((t) => [t.slug, t.name]));
  const phaseName = new Map(snap.phases.map((p) => [p.slug, p.name]));
  const themeName = new Map(snap.themes.map((t) => [t.slug, t.name]));
  const denominator = snap.study.shareDenominator;
  return (
    <article>
      <div role="note" className="mb-6 rounded-md border border-sky-300 bg-sky-50 px-4 py-3 text-sm text-sky-900 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100" data-testid="version-banner">
        You are viewing dataset version <strong>{version}</strong> (released {snap.dataset.releasedAt}, content hash <span className="font-mono">{snap.dataset.contentHash.slice(0, 12)}</span>).{" "}
        {version === current.version ? "This is the current version." : <>The current version is {current.version}.</>}{" "}
        <Link href={`/${k}s/${entry.slug}`} className="underline">Current page</Link> · <Link href="/changelog" className="underline">Changelog</Link>
      </div>
      {k === "topic" && "theme" in entry && (() => {
        const t = snap.topics.find((x) => x.slug === entry.slug)!;
        const pairs = snap.pairs.filter((p) => p.a === t.slug || p.b === t.slug).sort((x, y) => y.count - x.count);
        return (
          <>
            <PageHeader kicker={`Topic · ${themeName.get(t.theme)}`} title={t.name}>
              <div className="mt-5"><Figure videoCount={t.videoCount} share={t.share} shareDenominator={denominator} section={t.section} size="lg" /></div>
            </PageHeader>
            <Section title="What the study found" id="summary"><div className="max-w-prose"><Markdown>{t.summary}</Markdown></div></Section>
            <Section title={`What practitioners said (${t.quotes.length})`} id="quotes">
              <ul className="space-y-4">{t.quotes.map((q, i) => <li key={i}><QuoteBlock text={q.text} video={q.video} /></li>)}</ul>
            </Section>
            <Section title="Lifecycle phases" id="phases" aside={<EditorialBadge />}>
              <ul className="space-y-2">{t.phases.map((l) => <li key={l.phase}><strong>{phaseName.get(l.phase)}</strong>: {l.rationale}</li>)}</ul>
            </Section>
            <Section title="Discussed together with" id="pairs">
              <ul className="space-y-2">{pairs.map((p) => <li key={`${p.a}|${p.b}`}>{topicName.get(p.a === t.slug ? p.b : p.a)}: <strong>{p.count}</strong> joint videos (reported) — “{p.evidence}”</li>)}</ul>
            </Section>
          </>
        );
      })()}
      {k === "theme" && (() => {
        const t = snap.themes.find((x) => x.slug === entry.slug)!;
        return (
          <>
            <PageHeader kicker="Theme" title={t.name}>
              <p className="mt-4 max-w-3xl text-lg leading-8">{t.summary}</p>
              <div className="mt-5"><Figure videoCount={t.videoCount} share={t.share} shareDenominator={denominator} section={t.section} size="lg" /></div>
            </PageHeader>
            <Section title="Topics" id="topics">
              <ul className="space-y-2">{snap.topics.filter((x) => x.theme === t.slug).map((x) => <li key={x.slug}><Link className="underline" href={`/v/${version}/topics/${x.slug}`}>{x.name}</Link>: {x.videoCount} videos, {formatShare(x.share)}</li>)}</ul>
            </Section>
          </>
        );
      })()}
      {k === "phase" && (() => {
        const p = snap.phases.find((x) => x.slug === entry.slug)!;
        return (
          <>
            <PageHeader kicker={`Lifecycle phase ${p.position} of 6`} title={p.name}><p className="mt-4 max-w-3xl text-lg leading-8">{p.summary}</p></PageHeader>
            <Section title="Practitioner topics in this phase" id="topics" aside={<EditorialBadge />}>
              <ul className="space-y-2">
                {snap.topics.filter((t) => t.phases.some((l) => l.phase === p.slug)).map((t) => (
                  <li key={t.slug}><Link className="underline" href={`/v/${version}/topics/${t.slug}`}>{t.name}</Link>: {t.phases.find((l) => l.phase === p.slug)!.rationale}</li>
                ))}
              </ul>
            </Section>
          </>
        );
      })()}
    </article>
  );
}
