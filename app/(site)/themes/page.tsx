import type { Metadata } from "next";
import { IntentLink as Link } from "@/components/IntentLink";
import { catalogue } from "@/lib/data";
import { formatShare } from "@/lib/domain/share";
import { PageHeader } from "@/components/PageHeader";

export const metadata: Metadata = {
  title: "Themes",
  description: "The 8 themes of building LLM-based applications for production, with video counts and their topics.",
  alternates: { canonical: "/themes" },
};

export default async function ThemesPage() {
  const reader = catalogue();
  const [themes, topics, sources] = await Promise.all([reader.themes(), reader.topics(), reader.sources()]);
  const study = sources.find((s) => s.shareDenominator !== null)!;
  const nameOf = new Map(topics.map((t) => [t.slug, t.name]));
  return (
    <>
      <PageHeader
        crumbs={[{ href: "/", label: "Map" }]}
        kicker="Mailach et al., arXiv 2411.08574"
        title={`The ${themes.length} themes`}
      >
        <p className="mt-4 max-w-3xl text-slate-700 dark:text-slate-300">
          The themes practitioners discuss, in the paper’s order (Section IV-A), with the number of videos that discuss
          each (shares of {study.shareDenominator}, as printed). A video can discuss several topics, so a theme’s count
          can be smaller than the sum of its topics’. All{" "}
          <Link className="text-sky-700 underline dark:text-sky-400" href="/topics">
            {topics.length} topics
          </Link>
          .
        </p>
      </PageHeader>
      <ol className="grid gap-5 md:grid-cols-2" data-testid="themes-index">
        {themes.map((t) => (
          <li
            key={t.slug}
            className="rounded-xl border border-slate-200 p-5 dark:border-slate-800"
            data-testid={`theme-${t.slug}`}
          >
            <h2 className="text-lg font-semibold">
              <Link href={`/themes/${t.slug}`} className="hover:underline">
                {t.name}
              </Link>
            </h2>
            <p className="tabular-nums text-slate-700 dark:text-slate-300">
              {t.videoCount} videos · {formatShare(t.share)}
            </p>
            <p className="mt-2 text-slate-700 dark:text-slate-300">{t.summary}</p>
            <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
              {t.topics.length} {t.topics.length === 1 ? "topic" : "topics"}:{" "}
              {t.topics.map((slug, i) => (
                <span key={slug}>
                  {i > 0 && ", "}
                  <Link href={`/topics/${slug}`} className="underline">
                    {nameOf.get(slug)}
                  </Link>
                </span>
              ))}
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
