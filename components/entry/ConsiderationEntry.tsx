import { StaticMarkup } from "@/components/StaticMarkup";
import type { EntryProps } from "./props";
import { entryPath } from "@/lib/domain/entry-path";
import { CONSIDERATION_MAPPING_TITLE, UNMAPPED_SENTENCE } from "@/lib/domain/considerations";
import { considerationCitation } from "@/lib/domain/citation";
import { EditorialBadge, PageHeader, Section } from "@/components/PageHeader";
import { CopyButton, CopyLinkButton } from "@/components/CopyButton";
import { absoluteUrl } from "@/lib/site";
import { TopicLinkList } from "./TopicLinkList";

/**
 * An engineering consideration's page, at the current version (base "") or at one dataset version
 * (base "/v/<version>", from 1.1.0 on). Its citation names the version and its page there.
 */
export function ConsiderationEntry({ view, slug, base = "", banner }: EntryProps) {
  const live = base === "";
  const c = view.consideration(slug)!;
  const citation = considerationCitation({
    slug: c.slug,
    name: c.name,
    url: absoluteUrl(entryPath("consideration", c.slug, base)),
    version: view.datasetVersion(),
    guide: c.guide,
  });
  return (
    <article>
      {banner}
      <PageHeader
        crumbs={[{ href: "/considerations", label: "Considerations" }]}
        kicker={`Engineering consideration ${c.position} of ${view.considerations().length}`}
        title={c.name}
      >
        <p className="mt-4 max-w-3xl text-lg leading-8 text-slate-700 dark:text-slate-300">{c.summary}</p>
        <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">
          Name from the guide page; description in our own words.
        </p>
        <div className="mt-3 flex flex-wrap gap-2">
          {live && <CopyLinkButton />}
          {live && c.topics.length > 0 && (
            <a
              href={`/plan?topics=${c.topics.map((l) => l.topic).join(",")}`}
              className={
                "rounded-md border border-slate-300 px-2.5 py-1.5 text-sm " +
                "hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
              }
            >
              Plan with these topics
            </a>
          )}
        </div>
      </PageHeader>
      <div className="grid grid-cols-1 gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <StaticMarkup className="min-w-0">
          <Section
            title={`Topics it touches (${c.topics.length})`}
            id="topics"
            aside={<EditorialBadge title={CONSIDERATION_MAPPING_TITLE} />}
          >
            {c.topics.length === 0 ? (
              <div
                className="rounded-lg border border-dashed border-slate-300 p-4 dark:border-slate-700"
                data-testid="unmapped"
              >
                <p className="font-medium">{UNMAPPED_SENTENCE}</p>
                {c.unmappedNote && <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{c.unmappedNote}</p>}
              </div>
            ) : (
              <TopicLinkList links={c.topics} topics={view.topics()} base={base} testId="consideration-topics" />
            )}
            <p className="mt-4 text-sm text-slate-600 dark:text-slate-400">
              The guide page and the practitioner study do not refer to each other: which topics a consideration touches
              is our editorial judgement, with a reason for each.
            </p>
          </Section>
        </StaticMarkup>
        <aside className="space-y-8 lg:pt-10">
          <section
            aria-labelledby="cite-heading"
            className="rounded-lg border border-slate-200 p-4 text-sm dark:border-slate-800"
          >
            <h2 id="cite-heading" className="font-semibold">
              Cite this page
            </h2>
            <p className="mt-2 break-words text-slate-700 dark:text-slate-300" data-testid="citation">
              {citation}
            </p>
            <div className="mt-2">
              <CopyButton text={citation} label="Copy citation" />
            </div>
          </section>
          <section
            aria-labelledby="source-heading"
            className="rounded-lg bg-slate-50 p-4 text-sm text-slate-700 dark:bg-slate-900 dark:text-slate-300"
            data-testid="source"
          >
            <h2 id="source-heading" className="font-semibold">
              Where this comes from
            </h2>
            <dl className="mt-2 space-y-1">
              <div>
                <dt className="inline font-medium">Title: </dt>
                <dd className="inline">“{c.guide.title}” (a guide page)</dd>
              </div>
              <div>
                <dt className="inline font-medium">Author: </dt>
                <dd className="inline">not given</dd>
              </div>
              <div>
                <dt className="inline font-medium">Published: </dt>
                <dd className="inline">not given</dd>
              </div>
              <div>
                <dt className="inline font-medium">URL: </dt>
                <dd className="inline">not given</dd>
              </div>
            </dl>
            <p className="mt-2">{c.guide.note}</p>
          </section>
        </aside>
      </div>
    </article>
  );
}
