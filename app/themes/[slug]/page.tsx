import type { Metadata } from "next";
import Link from "next/link";
import { catalogue } from "@/lib/data";
import { themePage } from "@/lib/pages";
import { formatShare } from "@/lib/domain/share";
import { themeColor } from "@/lib/domain/palette";
import { Figure } from "@/components/Figure";
import { PageHeader, Section } from "@/components/PageHeader";

export const revalidate = 300;

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return (await catalogue().themes()).map((t) => ({ slug: t.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const theme = await themePage((await params).slug);
  return {
    title: theme.name,
    description: `${theme.name}: ${theme.videoCount} practitioner videos (${formatShare(theme.share)}), ${theme.topics.length} topics.`,
    alternates: { canonical: `/themes/${theme.slug}` },
  };
}

export default async function ThemePage({ params }: Props) {
  const theme = await themePage((await params).slug);
  const color = themeColor(theme.position);
  return (
    <article>
      <PageHeader crumbs={[{ href: "/", label: "Map" }]} kicker="Theme" title={theme.name}>
        <p className="mt-4 max-w-3xl text-lg leading-8 text-slate-700 dark:text-slate-300">{theme.summary}</p>
        <div className="mt-5">
          <Figure videoCount={theme.videoCount} share={theme.share} shareDenominator={theme.shareDenominator} section={theme.section} color={color} size="lg" />
        </div>
      </PageHeader>
      <Section title={`Topics (${theme.topicSummaries.length})`} id="topics">
        <ul className="grid gap-4 sm:grid-cols-2" data-testid="theme-topics">
          {theme.topicSummaries.map((t) => (
            <li key={t.slug} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
              <Link href={`/topics/${t.slug}`} className="text-lg font-medium text-sky-700 hover:underline dark:text-sky-400">{t.name}</Link>
              <div className="mt-2">
                <Figure videoCount={t.videoCount} share={t.share} shareDenominator={t.shareDenominator} section={t.section} color={color} />
              </div>
            </li>
          ))}
        </ul>
        {theme.topicSummaries.length === 1 && (
          <p className="mt-4 text-sm text-slate-600 dark:text-slate-400">The paper reports this theme as a single topic of the same name.</p>
        )}
      </Section>
    </article>
  );
}
