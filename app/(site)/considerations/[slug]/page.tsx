import type { Metadata } from "next";
import { ConsiderationEntry } from "@/components/entry/ConsiderationEntry";
import { catalogue } from "@/lib/data";
import { currentView, considerationPage } from "@/lib/pages";

type Props = { params: Promise<{ slug: string }> };

// Every entry is prerendered; anything else is the static 404 page.
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await catalogue().considerations()).map((c) => ({ slug: c.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const c = await considerationPage((await params).slug);
  const path = `/considerations/${c.slug}`;
  return {
    title: c.name,
    description: c.summary,
    alternates: { canonical: path },
    openGraph: { title: c.name, description: c.summary, url: path, type: "article" },
  };
}

export default async function ConsiderationPage({ params }: Props) {
  const c = await considerationPage((await params).slug);
  return <ConsiderationEntry view={await currentView()} slug={c.slug} />;
}
