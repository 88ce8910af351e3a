import type { Metadata } from "next";
import { ThemeEntry } from "@/components/entry/ThemeEntry";
import { catalogue } from "@/lib/data";
import { currentView, themePage } from "@/lib/pages";
import { formatShare } from "@/lib/domain/share";
import { entityMetadata } from "@/lib/entity-page";

type Props = { params: Promise<{ slug: string }> };

// Every entry is prerendered; anything else is the static 404 page (old slugs redirect in next.config.ts).
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await catalogue().themes()).map((t) => ({ slug: t.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const theme = await themePage((await params).slug);
  return entityMetadata(
    "theme",
    theme.slug,
    theme.name,
    `${theme.name}: ${theme.videoCount} practitioner videos ` +
      `(${formatShare(theme.share)}), ${theme.topics.length} topics.`,
  );
}

export default async function ThemePage({ params }: Props) {
  const theme = await themePage((await params).slug);
  return <ThemeEntry view={await currentView()} slug={theme.slug} />;
}
