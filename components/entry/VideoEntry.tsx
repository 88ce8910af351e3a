import { StaticMarkup } from "@/components/StaticMarkup";
import { IntentLink as Link } from "@/components/IntentLink";
import type { EntryProps } from "./props";
import { entryPath } from "@/lib/domain/entry-path";
import { QuoteBlock } from "@/components/QuoteBlock";
import { PageHeader, Section } from "@/components/PageHeader";

const NOT_IN_SOURCE = <span className="italic text-slate-500 dark:text-slate-400">not given in the source</span>;

/** A practitioner video's page, at the current version (base "") or at one dataset version (base "/v/<version>"). */
export function VideoEntry({ view, slug: id, base = "", banner }: EntryProps) {
  const video = view.video(id)!;
  const nameOf = new Map(view.topics().map((t) => [t.slug, t.name]));
  return (
    <article>
      {banner}
      <StaticMarkup>
        <PageHeader
          crumbs={[{ href: "/videos", label: "Videos" }]}
          kicker="Practitioner video"
          title={video.title ?? `Video ${video.id}`}
        />
        <dl className="grid max-w-2xl grid-cols-[8rem_1fr] gap-x-4 gap-y-2 text-sm" data-testid="video-facts">
          <dt className="font-medium text-slate-600 dark:text-slate-400">Id in the paper</dt>
          <dd className="font-mono">{video.id}</dd>
          <dt className="font-medium text-slate-600 dark:text-slate-400">Title</dt>
          <dd>{video.title ?? NOT_IN_SOURCE}</dd>
          <dt className="font-medium text-slate-600 dark:text-slate-400">Channel</dt>
          <dd>{video.channel ?? NOT_IN_SOURCE}</dd>
          <dt className="font-medium text-slate-600 dark:text-slate-400">Link</dt>
          <dd>
            {video.url ? (
              <a
                href={video.url}
                rel="noopener noreferrer"
                className="break-all text-sky-700 underline dark:text-sky-400"
              >
                {video.url}
              </a>
            ) : (
              <span className="italic text-slate-500 dark:text-slate-400">link not given in the source</span>
            )}
          </dd>
        </dl>
        <p className="mt-4 max-w-2xl text-sm text-slate-600 dark:text-slate-400">
          The paper’s reference list of videos is empty, so only the id it cites is known. We do not guess titles or
          links.
        </p>
        <Section title={`Quoted in the study (${video.quotes.length})`} id="quotes">
          <ul className="space-y-4">
            {video.quotes.map((q, i) => (
              <li key={i}>
                <QuoteBlock
                  text={q.text}
                  video={video.id}
                  context={
                    <>
                      {" · on "}
                      <Link
                        href={entryPath("topic", q.topic, base)}
                        className="text-sky-700 underline dark:text-sky-400"
                      >
                        {nameOf.get(q.topic)}
                      </Link>
                    </>
                  }
                />
              </li>
            ))}
          </ul>
        </Section>
      </StaticMarkup>
    </article>
  );
}
