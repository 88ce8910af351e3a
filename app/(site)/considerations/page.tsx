import type { Metadata } from "next";
import { IntentLink as Link } from "@/components/IntentLink";
import { catalogue } from "@/lib/data";
import { EditorialBadge, PageHeader } from "@/components/PageHeader";
import { CONSIDERATION_MAPPING_TITLE, UNMAPPED_SENTENCE } from "@/lib/domain/considerations";

export const metadata: Metadata = {
  title: "Engineering considerations",
  description:
    "Eleven software-engineering considerations for integrating LLMs into " +
    "applications, mapped (editorially) to what practitioners discuss.",
  alternates: { canonical: "/considerations" },
};

export default async function ConsiderationsPage() {
  const reader = catalogue();
  const [considerations, topics] = await Promise.all([reader.considerations(), reader.topics()]);
  const nameOf = new Map(topics.map((t) => [t.slug, t.name]));
  return (
    <>
      <PageHeader
        crumbs={[{ href: "/", label: "Map" }]}
        kicker="From a software-engineering guide page"
        title="Engineering considerations"
      >
        <p className="mt-4 max-w-3xl text-lg leading-8 text-slate-700 dark:text-slate-300">
          Eleven software engineering considerations for working with LLMs, in the order of a guide page’s overview of
          them. The descriptions are ours; each is linked to the practitioner topics it touches.{" "}
          <EditorialBadge title={CONSIDERATION_MAPPING_TITLE} />
        </p>
        <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">
          Source: an undated, unattributed guide page titled “Software Engineering”; see each entry for what it does and
          does not give.
        </p>
      </PageHeader>
      <ol className="grid gap-5 md:grid-cols-2" data-testid="considerations">
        {considerations.map((c) => (
          <li key={c.slug} className="rounded-xl border border-slate-200 p-5 dark:border-slate-800">
            <p className="text-sm font-medium text-slate-500 dark:text-slate-400">Consideration {c.position}</p>
            <h2 className="text-lg font-semibold">
              <Link href={`/considerations/${c.slug}`} className="hover:underline">
                {c.name}
              </Link>
            </h2>
            <p className="mt-2 text-slate-700 dark:text-slate-300">{c.summary}</p>
            <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
              {c.topics.length > 0 ? (
                <>Topics: {c.topics.map((l) => nameOf.get(l.topic)).join(", ")}</>
              ) : (
                UNMAPPED_SENTENCE
              )}
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
