import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { catalogue, type CatalogueView } from "@/lib/data";
import { isSlug } from "@/lib/domain/slug";
import { isVideoId } from "@/lib/domain/video-id";
import { compareVersions, VERSION_PATTERN } from "@/lib/domain/version";
import { entryPath, kindOfSegment, versionBase, type EntryKind } from "@/lib/domain/entry-path";
import { compareSnapshots, changeOf, describeChange } from "@/lib/domain/release/compare";
import { VersionBanner, type NewerVersionNote } from "@/components/VersionBanner";
import { TopicEntry } from "@/components/entry/TopicEntry";
import { ThemeEntry } from "@/components/entry/ThemeEntry";
import { PhaseEntry } from "@/components/entry/PhaseEntry";
import { ConsiderationEntry } from "@/components/entry/ConsiderationEntry";
import { VideoEntry } from "@/components/entry/VideoEntry";
import type { EntryProps } from "@/components/entry/props";
import type { ReactNode } from "react";

/**
 * Permalink of an entry as it was in one dataset version: /v/1.0.0/topics/rag-systems, /v/1.0.0/videos/V3. The same
 * page component as the current page, given that version's view of the catalogue and the /v/<version> base for its
 * links, under a banner naming the version (and, on an older one, what changed since); its Cite box cites that
 * version, so it keeps showing the cited data after the content changes. An unknown version or entry is a 404 naming
 * the versions that exist (../../not-found.tsx).
 */
export const dynamic = "force-dynamic";

/** The page component of each kind: the same ones the current pages render. */
const ENTRY_PAGES: Record<EntryKind, (props: EntryProps) => ReactNode> = {
  topic: TopicEntry,
  theme: ThemeEntry,
  phase: PhaseEntry,
  consideration: ConsiderationEntry,
  video: VideoEntry,
};

type Props = { params: Promise<{ version: string; kind: string; slug: string }> };

/** The entry's key in this version (an old slug is shown under its current one), or null. */
function findEntry(view: CatalogueView, kind: EntryKind, key: string): { key: string; name: string } | null {
  if (kind === "video") {
    const v = view.video(key);
    return v && { key: v.id, name: `Video ${v.id}` };
  }
  const slug = kind === "consideration" ? key : (view.resolveAlias(kind, key) ?? key);
  const entry = { topic: view.topic, theme: view.theme, phase: view.phase, consideration: view.consideration }[kind](
    slug,
  );
  return entry && { key: entry.slug, name: entry.name };
}

async function load({ version, kind: segment, slug }: { version: string; kind: string; slug: string }) {
  const kind = kindOfSegment(segment);
  if (!VERSION_PATTERN.test(version) || !kind || !(kind === "video" ? isVideoId(slug) : isSlug(slug))) notFound();
  const view = await catalogue().view(version);
  const entry = view && findEntry(view, kind, slug);
  if (!view || !entry) notFound();
  return { view, kind, entry, version };
}

/** On a version older than the current one: the current version, this entry's page there and what changed. */
async function newerVersionNote(
  view: CatalogueView,
  kind: EntryKind,
  key: string,
  current: CatalogueView,
): Promise<NewerVersionNote | undefined> {
  const currentVersion = current.dataset.version;
  if (kind === "video" || compareVersions(currentVersion, view.dataset.version) <= 0) return undefined;
  const now = findEntry(current, kind, key);
  if (!now) return { version: currentVersion, path: null, changes: [] };
  const change = changeOf(compareSnapshots(view.snapshot, current.snapshot), kind, now.key);
  return {
    version: currentVersion,
    path: entryPath(kind, now.key, versionBase(currentVersion)),
    changes: change ? describeChange(change) : [],
  };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // notFound() here would answer with the root 404 page; the page itself throws it, for ../../not-found.tsx.
  const found = await load(await params).catch(() => null);
  if (!found) return { title: "Not found", robots: { index: false } };
  const { entry, version, kind } = found;
  return {
    title: `${entry.name} (dataset v${version})`,
    alternates: { canonical: entryPath(kind, entry.key) },
    robots: { index: false },
  };
}

export default async function VersionedEntryPage({ params }: Props) {
  const { view, kind, entry, version } = await load(await params);
  const current = (await catalogue().view())!;
  const banner = (
    <VersionBanner
      version={version}
      releasedAt={view.dataset.releasedAt}
      contentHash={view.dataset.contentHash}
      currentVersion={current.dataset.version}
      currentPath={entryPath(kind, entry.key)}
      newer={await newerVersionNote(view, kind, entry.key, current)}
    />
  );
  const Entry = ENTRY_PAGES[kind];
  return <Entry view={view} slug={entry.key} base={versionBase(version)} banner={banner} />;
}
