import { IntentLink as Link } from "@/components/IntentLink";
import type { LayerSinceVersion } from "@/lib/layers/page-data";

const LINK = "text-sky-700 underline dark:text-sky-400";
const STATUS_TEXT = { added: "new in this version", removed: "retired", changed: "changed" } as const;

/**
 * A layer made on an older dataset version: per topic or consideration it names, what changed since (new
 * evidence, changed figures, reworded texts, retired entries), with links to the changelog and the changes API.
 */
export function LayerVersionChanges({ since, names }: { since: LayerSinceVersion; names: Map<string, string> }) {
  const changesApi = `/api/v1/changes?from=${encodeURIComponent(since.from)}&to=${encodeURIComponent(since.to)}`;
  return (
    <section
      aria-labelledby="layer-since-heading"
      data-testid="layer-since"
      className={
        "mb-8 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm " +
        "dark:border-amber-800 dark:bg-amber-950/40"
      }
    >
      <h2 id="layer-since-heading" className="text-base font-semibold">
        Made on version {since.from}; this site now shows version {since.to}
      </h2>
      {!since.snapshot ? (
        <p className="mt-2">
          This site keeps no data of version {since.from}, so it cannot say what changed for this plan. See the{" "}
          <Link href="/changelog" className={LINK}>
            changelog
          </Link>
          .
        </p>
      ) : since.changes.length === 0 ? (
        <p className="mt-2">
          Nothing this plan names changed between the two versions (
          <Link href={`/changelog#v${since.to}`} className={LINK}>
            changelog
          </Link>
          ).
        </p>
      ) : (
        <>
          <p className="mt-2">
            What changed for its items since it was made (every change:{" "}
            <Link href={`/changelog#v${since.to}`} className={LINK}>
              changelog
            </Link>
            ,{" "}
            <a href={changesApi} className={LINK}>
              as JSON
            </a>
            ):
          </p>
          <ul className="mt-2 space-y-2">
            {since.changes.map((c) => (
              <li key={`${c.kind}:${c.slug}`} data-testid="layer-since-item" data-slug={c.slug} data-status={c.status}>
                {c.status === "removed" && c.kind === "consideration" ? (
                  <span className="font-medium">{names.get(`${c.kind}:${c.slug}`) ?? c.name}</span>
                ) : (
                  <Link
                    href={c.status === "removed" ? `/v/${since.from}/topics/${c.slug}` : `/${c.kind}s/${c.slug}`}
                    className={`font-medium ${LINK}`}
                  >
                    {names.get(`${c.kind}:${c.slug}`) ?? c.name}
                  </Link>
                )}
                {c.status && <span>: {STATUS_TEXT[c.status]}</span>}
                {c.lines.length > 0 && c.status === "changed" && (
                  <ul className="ml-5 list-disc">
                    {c.lines.map((l) => (
                      <li key={l}>{l}</li>
                    ))}
                  </ul>
                )}
                {c.pairs.length > 0 && (
                  <ul className="ml-5 list-disc">
                    {c.pairs.map((p) => (
                      <li key={p.name}>
                        pair {p.name}:{" "}
                        {p.status === "added"
                          ? "new evidence"
                          : p.status === "removed"
                            ? "retired"
                            : p.lines.join("; ")}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
