import { IntentLink as Link } from "@/components/IntentLink";
import { catalogue } from "@/lib/data";

/** 404 under /v/<version>/…: names the dataset versions that exist, newest first. */
export default async function VersionNotFound() {
  const versions = await catalogue().versions();
  return (
    <div className="mx-auto max-w-xl py-16 text-center" data-testid="version-not-found">
      <p className="font-mono text-sm font-semibold text-sky-700 dark:text-sky-400">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">No such version or entry</h1>
      <p className="mt-4 text-slate-600 dark:text-slate-400">
        Dataset versions that exist:{" "}
        {versions.map((v, i) => (
          <span key={v.version}>
            {i > 0 && ", "}
            <span className="font-mono">{v.version}</span>
          </span>
        ))}
        . Permalinks look like{" "}
        <span className="font-mono">/v/{versions[0]?.version ?? "1.0.0"}/topics/rag-systems</span>.
      </p>
      <p className="mt-8 flex flex-wrap justify-center gap-4">
        <Link href="/changelog" className="rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800">
          Changelog
        </Link>
        <Link href="/" className="rounded-md px-4 py-2 font-medium text-sky-700 underline dark:text-sky-400">
          Back to the map
        </Link>
      </p>
    </div>
  );
}
