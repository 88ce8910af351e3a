/**
 * The one map between entry kinds and their URL paths: /topics/<slug>, /themes/<slug>, /phases/<slug>,
 * /considerations/<slug>, /videos/<id>, and the same below /v/<version> for the page of one dataset version.
 * Pages, citation files, redirects, search results, the sitemap and the version permalinks all build paths here.
 */
export const ENTRY_PATHS = {
  topic: "topics",
  theme: "themes",
  phase: "phases",
  consideration: "considerations",
  video: "videos",
} as const;

export type EntryKind = keyof typeof ENTRY_PATHS;
export type EntryPathSegment = (typeof ENTRY_PATHS)[EntryKind];

/** Kinds with citation files and old slugs (aliases): the paper-derived entries of the catalogue. */
export const CITABLE_KINDS = ["topic", "theme", "phase"] as const satisfies readonly EntryKind[];
export type CitableKind = (typeof CITABLE_KINDS)[number];

const KIND_OF_SEGMENT = new Map<string, EntryKind>(
  Object.entries(ENTRY_PATHS).map(([kind, segment]) => [segment, kind as EntryKind]),
);

/** The kind a path segment ("topics") names, or null. */
export function kindOfSegment(segment: string): EntryKind | null {
  return KIND_OF_SEGMENT.get(segment) ?? null;
}

/** The base of a version's permalinks (/v/1.0.0), or "" for the current pages. */
export function versionBase(version?: string): string {
  return version ? `/v/${version}` : "";
}

/** The page of an entry: /topics/rag-systems, or /v/1.0.0/topics/rag-systems under `base`. */
export function entryPath(kind: EntryKind, key: string, base = ""): string {
  return `${base}/${ENTRY_PATHS[kind]}/${key}`;
}
