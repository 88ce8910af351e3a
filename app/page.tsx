import Link from "next/link";
import { catalogue } from "@/lib/data";
import { themeColor } from "@/lib/domain/palette";
import { formatShare } from "@/lib/domain/share";

export const revalidate = 300;

export default async function HomePage() {
  const reader = catalogue();
  const [themes, topics, sources] = await Promise.all([reader.themes(), reader.topics(), reader.sources()]);
  const study = sources.find((s) => s.shareDenominator !== null)!;
  const topicBySlug = new Map(topics.map((t) => [t.slug, t]));
  return (
    <>
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">What it takes to build LLM applications for production</h1>
        <p className="mt-4 text-lg leading-8 text-slate-700 dark:text-slate-300">
          {study.videosAnalysed} practitioner videos, analysed by Mailach et al., boil down to {themes.length} themes and {topics.length} topics.
          Browse what practitioners discuss, read what they said, and see which topics tend to come up together.
        </p>
      </div>

      <section aria-labelledby="themes-heading" className="mt-10">
        <h2 id="themes-heading" className="sr-only">Themes and topics</h2>
        <ol className="grid gap-5 md:grid-cols-2">
          {themes.map((theme) => (
            <li key={theme.slug} className="rounded-xl border border-slate-200 p-5 dark:border-slate-800">
              <div className="flex items-start justify-between gap-4">
                <h3 className="text-lg font-semibold">
                  <span aria-hidden="true" className="mr-2 inline-block h-3 w-3 rounded-sm align-middle" style={{ backgroundColor: themeColor(theme.position) }} />
                  <Link href={`/themes/${theme.slug}`} className="hover:underline">{theme.name}</Link>
                </h3>
                <p className="shrink-0 text-right text-sm tabular-nums text-slate-600 dark:text-slate-400">
                  <span className="font-semibold text-slate-900 dark:text-white">{theme.videoCount}</span> videos · {formatShare(theme.share)}
                </p>
              </div>
              <table className="mt-3 w-full text-sm">
                <caption className="sr-only">Topics of {theme.name}</caption>
                <thead className="sr-only">
                  <tr><th scope="col">Topic</th><th scope="col">Videos</th><th scope="col">Share</th></tr>
                </thead>
                <tbody>
                  {theme.topics.map((slug) => {
                    const topic = topicBySlug.get(slug)!;
                    return (
                      <tr key={slug} className="border-t border-slate-100 dark:border-slate-800/70">
                        <th scope="row" className="py-1.5 pr-2 text-left font-normal">
                          <Link href={`/topics/${slug}`} className="text-sky-700 hover:underline dark:text-sky-400">{topic.name}</Link>
                          <span aria-hidden="true" className="mt-1 block h-1 rounded-full bg-slate-100 dark:bg-slate-800">
                            <span className="block h-1 rounded-full" style={{ width: `${topic.share}%`, backgroundColor: themeColor(theme.position) }} />
                          </span>
                        </th>
                        <td className="w-12 py-1.5 text-right tabular-nums">{topic.videoCount}</td>
                        <td className="w-16 py-1.5 text-right tabular-nums text-slate-600 dark:text-slate-400">{formatShare(topic.share)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </li>
          ))}
        </ol>
        <p className="mt-6 max-w-3xl text-sm text-slate-600 dark:text-slate-400">
          Counts are videos in which a topic was found; a video can discuss several topics, so a theme counts fewer videos than its topics added up.
          Shares are as the paper reports them (count / {study.shareDenominator}); see <Link href="/about#shares" className="underline">how shares are computed</Link>.
        </p>
      </section>
    </>
  );
}
