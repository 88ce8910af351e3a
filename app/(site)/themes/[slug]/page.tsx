import type { Metadata } from "next";
import Link from "@/components/IntentLink";
import { catalogue } from "@/lib/data";
import { themePage } from "@/lib/pages";
import { formatShare } from "@/lib/domain/share";
import { themeColor } from "@/lib/domain/palette";
import { Figure } from "@/components/Figure";
import { PageHeader, Section } from "@/components/PageHeader";
import { entityJsonLd, entityMetadata } from "@/lib/entity-page";
import { CiteControl } from "@/components/CiteControl";
import { CopyLinkButton } from "@/components/CopyButton";
import { JsonLd } from "@/components/JsonLd";
import { ThemeOriginNote } from "@/components/paper/ThemeOriginNote";

type Props = { params: Promise<{ slug: string }> };

// Every entry is prerendered; anything else is the static 404 page (old slugs redirect in next.config.ts).
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await catalogue().themes()).map((t) => ({ slug: t.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const theme = await themePage((await params).slug);
  return entityMetadata(
    "theme",
    theme.slug,
    theme.name,
    `${theme.name}: ${theme.videoCount} practitioner videos ` +
      `(${formatShare(theme.share)}), ${theme.topics.length} topics.`,
  );
}

export default async function ThemePage({ params }: Props) {
  const theme = await themePage((await params).slug);
  const color = themeColor(theme.position);
  const [version, ld] = await Promise.all([catalogue().datasetVersion(), entityJsonLd("theme", theme.slug)]);
  return (
    <article>
      {ld && <JsonLd data={ld} />}
      <PageHeader crumbs={[{ href: "/", label: "Map" }]} kicker="Theme" title={theme.name}>
        <p className="mt-4 max-w-3xl text-lg leading-8 text-slate-700 dark:text-slate-300">{theme.summary}</p>
        <div className="mt-3">
          <CopyLinkButton />
        </div>
        <div className="mt-5">
          <Figure
            videoCount={theme.videoCount}
            share={theme.share}
            shareDenominator={theme.shareDenominator}
            section={theme.section}
            color={color}
            size="lg"
          />
        </div>
        <ThemeOriginNote origin={theme.origin} evidence={theme.originEvidence} />
      </PageHeader>
      <Section title={`Topics (${theme.topicSummaries.length})`} id="topics">
        <ul className="grid gap-4 sm:grid-cols-2" data-testid="theme-topics">
          {theme.topicSummaries.map((t) => (
            <li key={t.slug} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
              <Link
                href={`/topics/${t.slug}`}
                className="text-lg font-medium text-sky-700 hover:underline dark:text-sky-400"
              >
                {t.name}
              </Link>
              <div className="mt-2">
                <Figure
                  videoCount={t.videoCount}
                  share={t.share}
                  shareDenominator={t.shareDenominator}
                  section={t.section}
                  color={color}
                />
              </div>
            </li>
          ))}
        </ul>
        {theme.topicSummaries.length === 1 && (
          <p className="mt-4 text-sm text-slate-600 dark:text-slate-400">
            The paper reports this theme as a single topic of the same name.
          </p>
        )}
      </Section>
      <div className="mt-10 max-w-xl">
        <CiteControl
          basePath={`/themes/${theme.slug}`}
          studyLabel="The study (Mailach et al.)"
          version={version.version}
        />
      </div>
    </article>
  );
}
