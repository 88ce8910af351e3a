import type { Metadata } from "next";
import { StaticMarkup } from "@/components/StaticMarkup";
import { archivePath } from "@/lib/domain/datapackage/paths";
import { IntentLink as Link } from "@/components/IntentLink";
import { catalogue } from "@/lib/data";
import { compareSnapshots } from "@/lib/domain/release/compare";
import { PageHeader } from "@/components/PageHeader";
import { EntryChanges } from "@/components/changelog/EntryChanges";

export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "Changelog",
  description: "Every version of the dataset, with what changed and permalinks that keep showing it.",
  alternates: { canonical: "/changelog" },
};

export default async function ChangelogPage() {
  const reader = catalogue();
  const versions = await reader.versions();
  const snapshots = await Promise.all(versions.map((v) => reader.snapshot(v.version)));
  return (
    <StaticMarkup>
      <article className="max-w-3xl">
        <PageHeader crumbs={[{ href: "/about", label: "About" }]} kicker="Dataset" title="Changelog">
          <p className="mt-4 text-slate-700 dark:text-slate-300">
            Every version of the catalogue keeps its data: its pages stay at{" "}
            <code className="font-mono text-sm">/v/&lt;version&gt;/topics/&lt;slug&gt;</code> (also themes and phases),
            and citations point there. Each version is a committed release file; what changed is computed from them:
            entries added and removed, figures old → new, texts word by word, mappings added and removed (as JSON:{" "}
            <code className="font-mono text-sm">/api/v1/changes?from=&lt;version&gt;&amp;to=&lt;version&gt;</code>).
          </p>
        </PageHeader>
        <ol className="space-y-6" data-testid="versions">
          {versions.map((v, i) => {
            const snap = snapshots[i];
            const prev = snapshots[i + 1];
            const changes = snap && prev ? compareSnapshots(prev, snap) : null;
            return (
              <li
                key={v.version}
                id={`v${v.version}`}
                className="rounded-xl border border-slate-200 p-5 dark:border-slate-800"
              >
                <h2 className="text-lg font-semibold">
                  Version {v.version}{" "}
                  {v.isCurrent && (
                    <span
                      className={
                        "ml-2 rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-medium " +
                        "text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100"
                      }
                    >
                      current
                    </span>
                  )}
                </h2>
                <p className="text-sm text-slate-600 dark:text-slate-400">
                  Released {v.releasedAt} · content hash <span className="font-mono">{v.contentHash.slice(0, 12)}</span>
                </p>
                {changes === null ? (
                  <p className="mt-2 text-sm">
                    {prev === undefined
                      ? "First published version."
                      : "Imported before snapshots were kept; no comparison available."}
                  </p>
                ) : changes.length === 0 ? (
                  <p className="mt-2 text-sm">No entry changed since {versions[i + 1].version}.</p>
                ) : (
                  <>
                    <p className="mt-2 text-sm">
                      Since {versions[i + 1].version}: {changes.length} entr{changes.length === 1 ? "y" : "ies"}{" "}
                      changed.
                    </p>
                    <EntryChanges changes={changes} openTexts={changes.length <= 15} />
                  </>
                )}
                {snap && (
                  <p className="mt-2 text-sm">
                    <a
                      className="text-sky-700 underline dark:text-sky-400"
                      href={archivePath(v.version)}
                      download
                      data-testid="data-archive-link"
                    >
                      Download version {v.version} (zip: data package with CSV and JSON, README, CITATION.cff)
                    </a>{" "}
                    ·{" "}
                    <a
                      className="text-sky-700 underline dark:text-sky-400"
                      href={`/data/${v.version}/datapackage.json`}
                      data-testid="data-package-link"
                    >
                      descriptor
                    </a>
                  </p>
                )}
                {snap && (
                  <p className="mt-2 text-sm">
                    Permalink example:{" "}
                    <Link
                      className="text-sky-700 underline dark:text-sky-400"
                      href={`/v/${v.version}/topics/${snap.topics[0]?.slug}`}
                    >
                      /v/{v.version}/topics/{snap.topics[0]?.slug}
                    </Link>
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      </article>
    </StaticMarkup>
  );
}
