/**
 * A dataset release: one committed file per version (releases/<version>.json), written once from content/ by
 * `npm run release -- <version>` and never changed. It holds the content files exactly as they were (so the content
 * hash can be recomputed), the validated catalogue they parsed to at the time (the snapshot every /v/<version>/…
 * page, citation and data package of that version is built from), notes on how it was made, and a checksum over
 * all of it. Pure: no I/O (lib/content/releases.ts reads and writes the files).
 */
import { createHash } from "node:crypto";
import { contentHash } from "../../content/hash";

/** Bumped only if the file layout changes; readers reject formats they do not know. */
export const RELEASE_FORMAT = 1;

export interface ReleaseRecord {
  format: typeof RELEASE_FORMAT;
  version: string;
  releasedAt: string;
  /** sha256 over the content files' paths and bytes (lib/content/hash.ts), the hash the site shows. */
  contentHash: string;
  /** How the release was made: by the release command, or recovered from the repository's history. */
  origin: { kind: "release-command" } | { kind: "recovered"; commit: string };
  /** What a reader of this version should know (e.g. hashes that differed while it was current). */
  notes: string[];
  /** The content files (path inside content/ → text) the hash and the catalogue come from. */
  files: Record<string, string>;
  /** The validated catalogue as the code of the day parsed it (fields added later are absent in older releases). */
  catalogue: unknown;
}

export interface ReleaseFile extends ReleaseRecord {
  /** sha256 of the canonical JSON of every other field: any change to a committed release shows. */
  checksum: string;
}

/** JSON with object keys sorted at every level, so equal data always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function releaseChecksum(record: ReleaseRecord): string {
  const { checksum: _ignored, ...rest } = record as ReleaseFile;
  return createHash("sha256").update(canonicalJson(rest)).digest("hex");
}

export function sealRelease(record: ReleaseRecord): ReleaseFile {
  return { ...record, checksum: releaseChecksum(record) };
}

/** The file's text: fields in a fixed order, two-space JSON, one trailing newline. */
export function serializeRelease(release: ReleaseFile): string {
  const { format, version, releasedAt, contentHash: hash, checksum, origin, notes, files, catalogue } = release;
  const ordered = { format, version, releasedAt, contentHash: hash, checksum, origin, notes, files, catalogue };
  return JSON.stringify(ordered, null, 2) + "\n";
}

/**
 * What is wrong with a release as read from `file` (empty when nothing is): its checksum, its content hash
 * against its files, and its version and hash against its catalogue.
 */
export function releaseProblems(file: string, release: ReleaseFile): string[] {
  const problems: string[] = [];
  const expectedName = `${release.version}.json`;
  if (!file.endsWith(expectedName))
    problems.push(`${file}: field "version" is ${release.version}, the file name differs`);
  const checksum = releaseChecksum(release);
  if (checksum !== release.checksum)
    problems.push(
      `${file}: field "checksum" is ${release.checksum} but the release hashes to ${checksum}: a published release ` +
        `never changes; put changes in content/ and cut a new version`,
    );
  const hash = contentHash(release.files);
  if (hash !== release.contentHash)
    problems.push(`${file}: field "contentHash" is ${release.contentHash} but its files hash to ${hash}`);
  const dataset = (release.catalogue as { dataset?: { version?: unknown; contentHash?: unknown } }).dataset;
  if (dataset?.version !== release.version)
    problems.push(`${file}: field "catalogue.dataset.version" is ${String(dataset?.version)}, not ${release.version}`);
  if (dataset?.contentHash !== release.contentHash)
    problems.push(`${file}: field "catalogue.dataset.contentHash" differs from "contentHash"`);
  return problems;
}

/** Files of `next` that are new, gone or changed against `prev`, by path (for "content/ differs from …" errors). */
export function changedFiles(prev: Record<string, string>, next: Record<string, string>): string[] {
  const paths = new Set([...Object.keys(prev), ...Object.keys(next)]);
  return [...paths].filter((p) => prev[p] !== next[p]).sort();
}
