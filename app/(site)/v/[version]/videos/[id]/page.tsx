import type { Metadata } from "next";
import Link from "@/components/IntentLink";
import { notFound } from "next/navigation";
import { catalogue } from "@/lib/data";
import { VERSION_PATTERN } from "@/lib/domain/version";
import { isVideoId } from "@/lib/domain/video-id";
import { QuoteBlock } from "@/components/QuoteBlock";
import { PageHeader, Section } from "@/components/PageHeader";
import { VersionBanner } from "@/components/VersionBanner";

/** A video as one dataset version knew it: /v/1.0.0/videos/V3, from that version's snapshot. */
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ version: string; id: string }> };

async function load({ version, id }: { version: string; id: string }) {
  if (!VERSION_PATTERN.test(version) || !isVideoId(id)) notFound();
  const snap = await catalogue().snapshot(version);
  const video = snap?.videos.find((v) => v.id === id);
  if (!snap || !video) notFound();
  const quotes = snap.topics.flatMap((t) =>
    t.quotes.filter((q) => q.video === id).map((q) => ({ ...q, topic: t.slug, topicName: t.name })),
  );
  return { snap, video, quotes, version };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // notFound() here would answer with the root 404 page; the page itself throws it, for ../../not-found.tsx.
  const found = await load(await params).catch(() => null);
  if (!found) return { title: "Not found", robots: { index: false } };
  const { video, version } = found;
  return {
    title: `Video ${video.id} (dataset v${version})`,
    alternates: { canonical: `/videos/${video.id}` },
    robots: { index: false },
  };
}

const NOT_IN_SOURCE = <span className="italic text-slate-500 dark:text-slate-400">not given in the source</span>;

export default async function VersionedVideoPage({ params }: Props) {
  const { snap, video, quotes, version } = await load(await params);
  const current = await catalogue().datasetVersion();
  return (
    <article>
      <VersionBanner
        version={version}
        releasedAt={snap.dataset.releasedAt}
        contentHash={snap.dataset.contentHash}
        currentVersion={current.version}
        currentPath={`/videos/${video.id}`}
      />
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
      <Section title={`Quoted in the study (${quotes.length})`} id="quotes">
        <ul className="space-y-4">
          {quotes.map((q, i) => (
            <li key={i}>
              <QuoteBlock
                text={q.text}
                video={video.id}
                context={
                  <>
                    {" · on "}
                    <Link href={`/v/${version}/topics/${q.topic}`} className="text-sky-700 underline dark:text-sky-400">
                      {q.topicName}
                    </Link>
                  </>
                }
              />
            </li>
          ))}
        </ul>
      </Section>
    </article>
  );
}
