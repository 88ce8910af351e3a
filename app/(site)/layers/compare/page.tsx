import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IntentLink as Link } from "@/components/IntentLink";
import { PageHeader } from "@/components/PageHeader";
import { StatusBadge } from "@/components/layers/LayerView";
import { comparisonCounts, comparePath, evidenceCounts, evidenceText, VERDICT_TEXT } from "@/lib/domain/layers/compare";
import { entryKey } from "@/lib/domain/layers/markdown";
import { HIGH_EVIDENCE_RANK } from "@/lib/domain/layers/compare";
import { loadComparison, readCompareQuery } from "@/lib/layers/compare-data";
import { layerPageCatalogue } from "@/lib/layers/page-data";
import type { LayerItem } from "@/lib/domain/layers/format";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Compare team plans", robots: { index: false, follow: false } };

const LINK = "font-medium text-sky-700 hover:underline dark:text-sky-400";
const crumbs = [{ href: "/layers", label: "Team plans" }];

function Decision({ item }: { item: LayerItem | null }) {
  return (
    <>
      {item ? (
        <StatusBadge status={item.status} />
      ) : (
        <span className="text-slate-600 dark:text-slate-400">not in it</span>
      )}
      {item?.note.trim() && <p className="mt-1 whitespace-pre-wrap break-words">{item.note}</p>}
    </>
  );
}

function MarkdownLink({ href }: { href: string }) {
  return (
    <p className="no-print mt-3 text-sm">
      <a href={href} className={LINK} data-testid="compare-markdown">
        This comparison as Markdown
      </a>{" "}
      <span className="text-slate-600 dark:text-slate-400">(a design-review record)</span>
    </p>
  );
}

/**
 * Two team plans side by side (/layers/compare?a=<id>&b=<id>), or one against the evidence alone (b=evidence).
 * An id that names no team plan is a 404 naming it (./not-found.tsx).
 */
export default async function CompareLayersPage({ searchParams }: Props) {
  const query = readCompareQuery(await searchParams);
  const found = await loadComparison(query);
  if (found.kind === "problem") {
    if (found.status !== 400) notFound();
    return (
      <PageHeader crumbs={crumbs} title="Compare team plans">
        <p role="alert" className="mt-4 text-slate-700 dark:text-slate-300" data-testid="compare-notice">
          {found.message}: <code>?a=&lt;id&gt;&amp;b=&lt;id&gt;</code>, or <code>?a=&lt;id&gt;&amp;b=evidence</code> to
          set a team plan against the evidence alone.
        </p>
      </PageHeader>
    );
  }
  const c = await layerPageCatalogue();
  const names = new Map(c.entries);
  const markdown = comparePath(query.a!, query.b!, true);
  if (found.kind === "evidence") {
    const { a, rows } = found;
    const counts = evidenceCounts(rows);
    const nameOf = (slug: string) => names.get(entryKey("topic", slug))?.name ?? slug;
    return (
      <article data-testid="layer-compare" data-mode="evidence">
        <PageHeader crumbs={crumbs} kicker="Compare" title="A team plan against the evidence">
          <p className="mt-3 max-w-4xl text-slate-700 dark:text-slate-300">
            <Link href={`/layers/${a.id}`} className={LINK}>
              {a.layer.name}
            </Link>{" "}
            (revision {a.revision}) beside the evidence (Mailach et al.) for each of the {counts.topics} topics: its
            videos, and for the plan’s topics what comes up together with them (the ranking{" "}
            <Link href="/plan" className={LINK}>
              the planner
            </Link>{" "}
            shows). <strong>High evidence</strong> means among the {HIGH_EVIDENCE_RANK} topics with the most videos, or
            the {HIGH_EVIDENCE_RANK} with the most joint videos with the plan’s topics.
          </p>
          <p className="mt-2 text-slate-700 dark:text-slate-300" data-testid="evidence-counts">
            {counts["open-high-evidence"]} high-evidence topics left open · {counts["set-aside-high-evidence"]} set
            aside · {counts["addressed-lower-evidence"]} addressed with lower evidence
          </p>
          <MarkdownLink href={markdown} />
        </PageHeader>
        <div className="overflow-x-auto">
          <table className="w-full table-fixed text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300 dark:border-slate-700">
                <th scope="col" className="w-3/5 py-2 pr-3 md:w-1/3">
                  Topic
                </th>
                <th scope="col" className="py-2 pr-3 md:w-1/4">
                  This plan
                </th>
                <th scope="col" className="hidden py-2 pr-3 md:table-cell">
                  The evidence
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const evidence = (
                  <>
                    {r.evidence.high && <strong className="mr-1">High evidence:</strong>}
                    {evidenceText(r.evidence, nameOf, counts.topics)}
                  </>
                );
                return (
                  <tr
                    key={r.slug}
                    data-testid="compare-row"
                    data-slug={r.slug}
                    data-differs={r.differs}
                    data-verdict={r.verdict}
                    className={
                      "border-b border-slate-200 align-top dark:border-slate-800 " +
                      (r.differs ? "bg-amber-50 dark:bg-amber-950/40" : "")
                    }
                  >
                    <th scope="row" className="py-2 pr-3 font-medium">
                      <Link href={`/topics/${r.slug}`} className={LINK}>
                        {r.name}
                      </Link>
                      {r.differs && (
                        <span className="block text-xs font-normal text-slate-700 dark:text-slate-300">
                          {VERDICT_TEXT[r.verdict]}
                        </span>
                      )}
                      {/* A phone has no room for a third column: the evidence goes under the topic. */}
                      <span className="mt-1 block text-xs font-normal text-slate-700 md:hidden dark:text-slate-300">
                        {evidence}
                      </span>
                    </th>
                    <td className="py-2 pr-3">
                      <Decision item={r.item} />
                    </td>
                    <td className="hidden py-2 pr-3 tabular-nums md:table-cell">{evidence}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </article>
    );
  }
  const { a, b, rows } = found;
  const counts = comparisonCounts(rows);
  return (
    <article data-testid="layer-compare" data-mode="layers">
      <PageHeader crumbs={crumbs} kicker="Compare" title="Two team plans">
        <p className="mt-3 text-slate-700 dark:text-slate-300">
          <Link href={`/layers/${a.id}`} className={LINK}>
            A: {a.layer.name}
          </Link>{" "}
          (revision {a.revision}) and{" "}
          <Link href={`/layers/${b.id}`} className={LINK}>
            B: {b.layer.name}
          </Link>{" "}
          (revision {b.revision}): {counts.differ} of {counts.items} decisions differ; A addressed{" "}
          {counts.addressedOnlyInA} that B left open, B addressed {counts.addressedOnlyInB} that A left open.
        </p>
        <MarkdownLink href={markdown} />
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
                    <Decision item={it} />
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
