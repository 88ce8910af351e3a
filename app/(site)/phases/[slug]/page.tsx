import type { Metadata } from "next";
import { PhaseEntry } from "@/components/entry/PhaseEntry";
import { catalogue } from "@/lib/data";
import { currentView, phasePage } from "@/lib/pages";
import { entityMetadata } from "@/lib/entity-page";

type Props = { params: Promise<{ slug: string }> };

// Every entry is prerendered; anything else is the static 404 page (old slugs redirect in next.config.ts).
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await catalogue().phases()).map((p) => ({ slug: p.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const phase = await phasePage((await params).slug);
  return entityMetadata("phase", phase.slug, phase.name, phase.summary);
}

export default async function PhasePage({ params }: Props) {
  const phase = await phasePage((await params).slug);
  return <PhaseEntry view={await currentView()} slug={phase.slug} />;
}
