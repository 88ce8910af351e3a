import type { Metadata } from "next";
import Link from "next/link";
import { catalogue } from "@/lib/data";
import { PageHeader } from "@/components/PageHeader";

export const revalidate = 300;
export const metadata: Metadata = {
  title: "Co-occurrence",
  description: "Which practitioner topics are discussed in the same videos, with the paper's sentence for every reported count.",
  alternates: { canonical: "/cooccurrence" },
};

export default async function CooccurrencePage() {
  const reader = catalogue();
  const [cooc, topics] = await Promise.all([reader.cooccurrence(), reader.topics()]);
  const nameOf = new Map(topics.map((t) => [t.slug, t.name]));
  const known = cooc.pairs.filter((p) => p.count !== null).sort((a, b) => b.count! - a.count!);
  const unknown = cooc.pairs.length - known.length;
  return (
    <>
      <PageHeader crumbs={[{ href: "/", label: "Map" }]} kicker="Co-occurrence" title="Which topics come up together">
        <p className="mt-4 max-w-3xl text-lg leading-8 text-slate-700 dark:text-slate-300">
          Of the {cooc.pairs.length} possible pairs of {cooc.topics.length} topics, the paper’s text gives the number of videos discussing both for {known.length}.
          The other {unknown} are <strong>not reported</strong> (they are in the paper’s figure and replication package only), so we show no number for them rather than 0.
        </p>
      </PageHeader>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[36rem] text-left text-sm" data-testid="pairs-table">
          <caption className="sr-only">Topic pairs with a known number of joint videos</caption>
          <thead className="border-b border-slate-200 text-slate-600 dark:border-slate-800 dark:text-slate-400">
            <tr>
              <th scope="col" className="py-2 pr-4 font-medium">Pair</th>
              <th scope="col" className="py-2 pr-4 text-right font-medium">Joint videos</th>
              <th scope="col" className="py-2 pr-4 font-medium">Provenance</th>
              <th scope="col" className="py-2 font-medium">Evidence</th>
            </tr>
          </thead>
          <tbody>
            {known.map((p) => (
              <tr key={`${p.a}|${p.b}`} className="border-b border-slate-100 align-top dark:border-slate-800/70">
                <th scope="row" className="py-2 pr-4 font-normal">
                  <Link href={`/topics/${p.a}`} className="text-sky-700 hover:underline dark:text-sky-400">{nameOf.get(p.a)}</Link>
                  {" × "}
                  <Link href={`/topics/${p.b}`} className="text-sky-700 hover:underline dark:text-sky-400">{nameOf.get(p.b)}</Link>
                </th>
                <td className="py-2 pr-4 text-right font-semibold tabular-nums">{p.count}</td>
                <td className="py-2 pr-4">{p.provenance}</td>
                <td className="py-2 text-slate-600 dark:text-slate-400">
                  {p.evidence ? `“${p.evidence}”` : "counted from stored video–topic assignments"}
                  {p.note && <span className="mt-1 block text-amber-800 dark:text-amber-300">Inconsistent in the source: {p.note}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
