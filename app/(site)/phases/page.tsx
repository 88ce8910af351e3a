import type { Metadata } from "next";
import { IntentLink as Link } from "@/components/IntentLink";
import { catalogue } from "@/lib/data";
import { EditorialBadge, PageHeader } from "@/components/PageHeader";

export const metadata: Metadata = { title: "Lifecycle phases", alternates: { canonical: "/phases" } };

export default async function PhasesPage() {
  const reader = catalogue();
  const [phases, topics] = await Promise.all([reader.phases(), reader.topics()]);
  const nameOf = new Map(topics.map((t) => [t.slug, t.name]));
  return (
    <>
      <PageHeader
        crumbs={[{ href: "/", label: "Map" }]}
        kicker="Rao et al., arXiv 2506.23762"
        title="The six phases of LLM development"
      >
        <p className="mt-4 max-w-3xl text-lg leading-8 text-slate-700 dark:text-slate-300">
          Rao et al. divide the development lifecycle of large language models into six phases. We place each
          practitioner topic in the phases where it matters most. <EditorialBadge />
        </p>
      </PageHeader>
      <ol className="grid gap-5 md:grid-cols-2">
        {phases.map((p) => (
          <li key={p.slug} className="rounded-xl border border-slate-200 p-5 dark:border-slate-800">
            <p className="text-sm font-medium text-slate-500 dark:text-slate-400">Phase {p.position}</p>
            <h2 className="text-lg font-semibold">
              <Link href={`/phases/${p.slug}`} className="hover:underline">
                {p.name}
              </Link>
            </h2>
            <p className="mt-2 text-slate-700 dark:text-slate-300">{p.summary}</p>
            <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
              {p.topics.length} {p.topics.length === 1 ? "topic" : "topics"}:{" "}
              {p.topics.map((t) => nameOf.get(t)).join(", ")}
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
