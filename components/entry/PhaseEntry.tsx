import { StaticMarkup } from "@/components/StaticMarkup";
import type { EntryProps } from "./props";
import { EditorialBadge, PageHeader, Section } from "@/components/PageHeader";
import { EntryCite } from "./EntryCite";
import { CopyLinkButton } from "@/components/CopyButton";
import { EntryJsonLd } from "./EntryJsonLd";
import { TopicLinkList } from "./TopicLinkList";

/** A lifecycle phase's page, at the current version (base "") or at one dataset version (base "/v/<version>"). */
export function PhaseEntry({ view, slug, base = "", banner }: EntryProps) {
  const live = base === "";
  const phase = view.phase(slug)!;
  return (
    <article>
      {banner}
      {live && <EntryJsonLd kind="phase" slug={phase.slug} />}
      <PageHeader
        crumbs={[{ href: "/phases", label: "Phases" }]}
        kicker={`Lifecycle phase ${phase.position} of ${view.phases().length}`}
        title={phase.name}
      >
        <p className="mt-4 max-w-3xl text-lg leading-8 text-slate-700 dark:text-slate-300">{phase.summary}</p>
        <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">
          Phase from Rao et al. (arXiv 2506.23762); description in our own words.
        </p>
        {live && (
          <div className="mt-3">
            <CopyLinkButton />
          </div>
        )}
      </PageHeader>
      <StaticMarkup>
        <Section
          title={`Practitioner topics in this phase (${phase.links.length})`}
          id="topics"
          aside={<EditorialBadge />}
        >
          <TopicLinkList links={phase.links} topics={view.topics()} base={base} testId="phase-topics" />
          <p className="mt-4 text-sm text-slate-600 dark:text-slate-400">
            The two source papers do not map to each other: which topics belong to which phase is our editorial
            judgement, with a reason for each.
          </p>
        </Section>
      </StaticMarkup>
      <div className="mt-10 max-w-xl">
        <EntryCite kind="phase" slug={phase.slug} base={base} version={view.datasetVersion().version} />
      </div>
    </article>
  );
}
