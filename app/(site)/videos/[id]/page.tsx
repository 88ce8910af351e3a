import type { Metadata } from "next";
import { VideoEntry } from "@/components/entry/VideoEntry";
import { catalogue } from "@/lib/data";
import { currentView, videoPage } from "@/lib/pages";

type Props = { params: Promise<{ id: string }> };

// Every entry is prerendered; anything else is the static 404 page (old slugs redirect in next.config.ts).
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await catalogue().videos()).map((v) => ({ id: v.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const video = await videoPage((await params).id);
  return {
    title: `Video ${video.id}`,
    description: `Practitioner video ${video.id}, quoted ${video.quoteCount} times in Mailach et al.`,
    alternates: { canonical: `/videos/${video.id}` },
  };
}

export default async function VideoPage({ params }: Props) {
  const video = await videoPage((await params).id);
  return <VideoEntry view={await currentView()} slug={video.id} />;
}
