import { IntentLink as Link } from "@/components/IntentLink";
import { archivePath } from "@/lib/domain/datapackage/paths";

/** What a newer version says about this page's entry: its lines of change, or none when the entry is unchanged. */
export interface NewerVersionNote {
  version: string;
  /** The entry's page in the newer version, or null when that version no longer has the entry. */
  path: string | null;
  changes: string[];
}

/**
 * The note on every /v/<version>/… permalink: which version this is and where the current page is; on an older
 * version, that a newer one exists, with a link and what changed for this entry since.
 */
export function VersionBanner(props: {
  version: string;
  releasedAt: string;
  contentHash: string;
  currentVersion: string;
  currentPath: string;
  newer?: NewerVersionNote;
}) {
  const { version, releasedAt, contentHash, currentVersion, currentPath, newer } = props;
  return (
    <div
      role="note"
      className={
        "mb-6 rounded-md border border-sky-300 bg-sky-50 px-4 py-3 text-sm " +
        "text-sky-900 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100"
      }
      data-testid="version-banner"
    >
      You are viewing dataset version <strong>{version}</strong> (released {releasedAt}, content hash{" "}
      <span className="font-mono">{contentHash.slice(0, 12)}</span>).{" "}
      {version === currentVersion ? "This is the current version." : <>The current version is {currentVersion}.</>}{" "}
      <Link href={currentPath} className="underline">
        Current page
      </Link>{" "}
      ·{" "}
      <Link href="/changelog" className="underline">
        Changelog
      </Link>{" "}
      ·{" "}
      <a href={archivePath(version)} download className="underline" data-testid="version-data-archive">
        Download the data of this version (zip)
      </a>
      {newer && (
        <p className="mt-2" data-testid="newer-version">
          A newer version exists:{" "}
          {newer.path ? (
            <Link href={newer.path} className="font-medium underline">
              {newer.version}
            </Link>
          ) : (
            <strong>{newer.version}</strong>
          )}
          .{" "}
          {newer.path === null
            ? "It no longer has this entry."
            : newer.changes.length === 0
              ? "This entry has not changed since."
              : `What changed for this entry since: ${newer.changes.join("; ")}.`}
        </p>
      )}
    </div>
  );
}
