import Link from "@/components/IntentLink";

/** The note on every /v/<version>/… permalink: which version this is and where the current page is. */
export function VersionBanner(props: {
  version: string;
  releasedAt: string;
  contentHash: string;
  currentVersion: string;
  currentPath: string;
}) {
  const { version, releasedAt, contentHash, currentVersion, currentPath } = props;
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
      <a href={`/data/${version}/datapackage.json`} className="underline">
        Data of this version
      </a>
    </div>
  );
}
