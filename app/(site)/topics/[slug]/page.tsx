import type { Metadata } from "next";
import { TopicEntry } from "@/components/entry/TopicEntry";
import { catalogue } from "@/lib/data";
import { currentView, topicPage } from "@/lib/pages";
import { formatShare } from "@/lib/domain/share";
import { entityMetadata } from "@/lib/entity-page";

type Props = { params: Promise<{ slug: string }> };

// Every entry is prerendered; anything else is the static 404 page (old slugs redirect in next.config.ts).
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await catalogue().topics()).map((t) => ({ slug: t.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = await topicPage((await params).slug);
  return entityMetadata(
    "topic",
    topic.slug,
    topic.name,
    `${topic.name}: ${topic.videoCount} practitioner videos ` +
      `(${formatShare(topic.share)}), theme ${topic.themeName}. Summary, ` +
      `verbatim quotes, lifecycle phases and co-occurring topics.`,
  );
}

export default async function TopicPage({ params }: Props) {
  const topic = await topicPage((await params).slug);
  return <TopicEntry view={await currentView()} slug={topic.slug} />;
}
