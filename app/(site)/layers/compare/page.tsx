import type { Metadata } from "next";
import Link from "@/components/IntentLink";
import { PageHeader } from "@/components/PageHeader";
import { StatusBadge } from "@/components/layers/LayerView";
import { compareLayers, comparisonCounts } from "@/lib/domain/layers/compare";
import { LAYER_ID_PATTERN } from "@/lib/domain/layers/http";
import { entryKey } from "@/lib/domain/layers/markdown";
import { layerPageCatalogue } from "@/lib/layers/page-data";
import { findLayer, type StoredLayer } from "@/lib/layers/store";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Compare team plans", robots: { index: false, follow: false } };

async function side(value: string | string[] | undefined): Promise<StoredLayer | string> {
  if (typeof value !== "string" || !LAYER_ID_PATTERN.test(value)) return "not a team plan id";
  const found = await findLayer(value);
  if (found.state === "missing") return "no such team plan";
  if (found.state === "gone") return "deleted";
  return found.layer;
}

/** Two team plans side by side: /layers/compare?a=<id>&b=<id>. */
export default async function CompareLayersPage({ searchParams }: Props) {
  const query = await searchParams;
  const [a, b] = await Promise.all([side(query.a), side(query.b)]);
  const c = await layerPageCatalogue();
  const names = new Map(c.entries);
  if (typeof a === "string" || typeof b === "string")
    return (
      <PageHeader crumbs={[{ href: "/layers", label: "Team plans" }]} title="Compare team plans">
        <p role="alert" className="mt-4 text-slate-700 dark:text-slate-300" data-testid="compare-notice">
          Give two team plans as <code>?a=&lt;id&gt;&amp;b=&lt;id&gt;</code>
          {typeof a === "string" && ` (a: ${a})`}
          {typeof b === "string" && ` (b: ${b})`}.
        </p>
      </PageHeader>
    );
  const rows = compareLayers(a.layer, b.layer);
  const counts = comparisonCounts(rows);
  return (
    <article data-testid="layer-compare">
      <PageHeader crumbs={[{ href: "/layers", label: "Team plans" }]} kicker="Compare" title="Two team plans">
        <p className="mt-3 text-slate-700 dark:text-slate-300">
          <Link href={`/layers/${a.id}`} className="font-medium text-sky-700 hover:underline dark:text-sky-400">
            A: {a.layer.name}
          </Link>{" "}
          (revision {a.revision}) and{" "}
          <Link href={`/layers/${b.id}`} className="font-medium text-sky-700 hover:underline dark:text-sky-400">
            B: {b.layer.name}
          </Link>{" "}
          (revision {b.revision}): {counts.differ} of {counts.items} decisions differ; A addressed{" "}
          {counts.addressedOnlyInA} that B left open, B addressed {counts.addressedOnlyInB} that A left open.
        </p>
      </PageHeader>
      <div className="overflow-x-auto">
        <table className="w-full table-fixed text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-700">
              <th scope="col" className="py-2 pr-3">
                Item
              </th>
              <th scope="col" className="py-2 pr-3">
                A
              </th>
              <th scope="col" className="py-2 pr-3">
                B
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={entryKey(r.kind, r.slug)}
                data-testid="compare-row"
                data-slug={r.slug}
                data-differs={r.differs}
                className={
                  "border-b border-slate-200 align-top dark:border-slate-800 " +
                  (r.differs ? "bg-amber-50 dark:bg-amber-950/40" : "")
                }
              >
                <th scope="row" className="py-2 pr-3 font-medium">
                  {names.get(entryKey(r.kind, r.slug))?.name ?? r.slug}
                  {r.addressedOnlyIn && (
                    <span className="block text-xs font-normal text-slate-700 dark:text-slate-300">
                      addressed in {r.addressedOnlyIn.toUpperCase()} only
                    </span>
                  )}
                </th>
                {[r.a, r.b].map((it, i) => (
                  <td key={i} className="py-2 pr-3">
                    {it ? (
                      <StatusBadge status={it.status} />
                    ) : (
                      <span className="text-slate-600 dark:text-slate-400">not in it</span>
                    )}
                    {it?.note.trim() && <p className="mt-1 whitespace-pre-wrap break-words">{it.note}</p>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </article>
  );
}
