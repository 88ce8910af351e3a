import type { Metadata } from "next";
import Link from "@/components/IntentLink";
import { catalogue } from "@/lib/data";
import { phasePage } from "@/lib/pages";
import { formatShare } from "@/lib/domain/share";
import { EditorialBadge, PageHeader, Section } from "@/components/PageHeader";
import { entityJsonLd, entityMetadata } from "@/lib/entity-page";
import { CiteControl } from "@/components/CiteControl";
import { CopyLinkButton } from "@/components/CopyButton";
import { JsonLd } from "@/components/JsonLd";

type Props = { params: Promise<{ slug: string }> };

// Every entry is prerendered; anything else is the static 404 page (old slugs redirect in next.config.ts).
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await catalogue().phases()).map((p) => ({ slug: p.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const phase = await phasePage((await params).slug);
  return entityMetadata("phase", phase.slug, phase.name, phase.summary);
}

export default async function PhasePage({ params }: Props) {
  const phase = await phasePage((await params).slug);
  const [topics, version, ld] = await Promise.all([
    catalogue().topics({ phase: phase.slug }),
    catalogue().datasetVersion(),
    entityJsonLd("phase", phase.slug),
  ]);
  const bySlug = new Map(topics.map((t) => [t.slug, t]));
  return (
    <article>
      {ld && <JsonLd data={ld} />}
      <PageHeader
        crumbs={[{ href: "/phases", label: "Phases" }]}
        kicker={`Lifecycle phase ${phase.position} of 6`}
        title={phase.name}
      >
        <p className="mt-4 max-w-3xl text-lg leading-8 text-slate-700 dark:text-slate-300">{phase.summary}</p>
        <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">
          Phase from Rao et al. (arXiv 2506.23762); description in our own words.
        </p>
        <div className="mt-3">
          <CopyLinkButton />
        </div>
      </PageHeader>
      <Section
        title={`Practitioner topics in this phase (${phase.links.length})`}
        id="topics"
        aside={<EditorialBadge />}
      >
        <ul className="space-y-3" data-testid="phase-topics">
          {phase.links.map((l) => {
            const t = bySlug.get(l.topic)!;
            return (
              <li key={l.topic} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
                <p className="flex flex-wrap items-baseline justify-between gap-2">
                  <Link
                    href={`/topics/${t.slug}`}
                    className="font-medium text-sky-700 hover:underline dark:text-sky-400"
                  >
                    {t.name}
                  </Link>
                  <span className="text-sm tabular-nums text-slate-600 dark:text-slate-400">
                    {t.videoCount} videos · {formatShare(t.share)}
                  </span>
                </p>
                <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{l.rationale}</p>
              </li>
            );
          })}
        </ul>
        <p className="mt-4 text-sm text-slate-600 dark:text-slate-400">
          The two source papers do not map to each other: which topics belong to which phase is our editorial judgement,
          with a reason for each.
        </p>
      </Section>
      <div className="mt-10 max-w-xl">
        <CiteControl
          basePath={`/phases/${phase.slug}`}
          studyLabel="The lifecycle paper (Rao et al.)"
          version={version.version}
        />
      </div>
    </article>
  );
}
