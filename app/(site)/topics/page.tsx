import type { Metadata } from "next";
import { IntentLink as Link } from "@/components/IntentLink";
import { catalogue } from "@/lib/data";
import { formatShare } from "@/lib/domain/share";
import { PageHeader } from "@/components/PageHeader";

export const metadata: Metadata = {
  title: "Topics",
  description:
    "The 20 topics practitioners discuss when building LLM-based " +
    "applications for production, by theme, with video counts.",
  alternates: { canonical: "/topics" },
};

export default async function TopicsPage() {
  const reader = catalogue();
  const [themes, topics, phases, sources] = await Promise.all([
    reader.themes(),
    reader.topics(),
    reader.phases(),
    reader.sources(),
  ]);
  const study = sources.find((s) => s.shareDenominator !== null)!;
  const phaseName = new Map(phases.map((p) => [p.slug, p.name]));
  return (
    <>
      <PageHeader
        crumbs={[{ href: "/", label: "Map" }]}
        kicker="Mailach et al., arXiv 2411.08574"
        title={`All ${topics.length} topics`}
      >
        <p className="mt-4 max-w-3xl text-slate-700 dark:text-slate-300">
          The topics of the {themes.length}{" "}
          <Link className="text-sky-700 underline dark:text-sky-400" href="/themes">
            themes
          </Link>
          , in the paper’s order, with the number of videos that discuss each (shares of {study.shareDenominator}, as
          the paper prints them) and the lifecycle phases we place them in (editorial).
        </p>
      </PageHeader>
      <div className="space-y-8" data-testid="topics-index">
        {themes.map((theme) => (
          <section key={theme.slug} aria-labelledby={`theme-${theme.slug}`}>
            <h2 id={`theme-${theme.slug}`} className="text-lg font-semibold">
              <Link href={`/themes/${theme.slug}`} className="hover:underline">
                {theme.name}
              </Link>
            </h2>
            <ul className="mt-2 divide-y divide-slate-100 dark:divide-slate-800">
              {topics
                .filter((t) => t.theme === theme.slug)
                .map((t) => (
                  <li
                    key={t.slug}
                    className="flex flex-wrap items-baseline gap-x-4 py-2"
                    data-testid={`topic-${t.slug}`}
                  >
                    <Link
                      href={`/topics/${t.slug}`}
                      className="font-medium text-sky-700 hover:underline dark:text-sky-400"
                    >
                      {t.name}
                    </Link>
                    <span className="tabular-nums text-slate-700 dark:text-slate-300">
                      {t.videoCount} videos · {formatShare(t.share)}
                    </span>
                    <span className="text-sm text-slate-600 dark:text-slate-400">
                      {t.phases.map((p) => phaseName.get(p)).join(", ")}
                    </span>
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
