import type { Metadata } from "next";
import { IntentLink as Link } from "@/components/IntentLink";
import { catalogue } from "@/lib/data";
import { PageHeader } from "@/components/PageHeader";

export const metadata: Metadata = { title: "Videos", alternates: { canonical: "/videos" } };

export default async function VideosPage() {
  const reader = catalogue();
  const [videos, topics, sources] = await Promise.all([reader.videos(), reader.topics(), reader.sources()]);
  const study = sources.find((s) => s.videosAnalysed !== null)!;
  const nameOf = new Map(topics.map((t) => [t.slug, t.name]));
  return (
    <>
      <PageHeader crumbs={[{ href: "/", label: "Map" }]} kicker="Sources" title="Videos cited in the study">
        <p className="mt-4 max-w-3xl text-slate-700 dark:text-slate-300">
          The study analysed {study.videosAnalysed} videos but its published reference list of videos is empty, so we
          know each video only by the id the paper cites it with. These are the {videos.length} videos the paper quotes.
        </p>
      </PageHeader>
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 text-slate-600 dark:border-slate-800 dark:text-slate-400">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">
              Video
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Quotes
            </th>
            <th scope="col" className="py-2 font-medium">
              Quoted for
            </th>
          </tr>
        </thead>
        <tbody>
          {videos.map((v) => (
            <tr key={v.id} className="border-b border-slate-100 dark:border-slate-800/70">
              <th scope="row" className="py-2 pr-4 font-mono font-medium">
                <Link href={`/videos/${v.id}`} className="text-sky-700 hover:underline dark:text-sky-400">
                  {v.id}
                </Link>
              </th>
              <td className="py-2 pr-4 tabular-nums">{v.quoteCount}</td>
              <td className="py-2">{v.topics.map((t) => nameOf.get(t)).join(", ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
