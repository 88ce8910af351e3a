import type { Metadata } from "next";
import { IntentLink as Link } from "@/components/IntentLink";
import { PageHeader } from "@/components/PageHeader";
import { ImportLayer } from "@/components/layers/ImportLayer";
import { LAYER_LIMITS, LAYER_SCHEMA_PATH } from "@/lib/domain/layers/format";
import { layerPageCatalogue } from "@/lib/layers/page-data";

export const metadata: Metadata = {
  title: "Team plans",
  description: "Save a plan as a team plan: decisions, notes and owners per topic and consideration, with history.",
  alternates: { canonical: "/layers" },
};

export default async function LayersPage() {
  const c = await layerPageCatalogue();
  return (
    <article>
      <PageHeader crumbs={[{ href: "/", label: "Map" }]} kicker="Planner" title="Team plans">
        <p className="mt-4 max-w-3xl text-lg leading-8 text-slate-700 dark:text-slate-300">
          A team plan is a plan with decisions: a status per topic and consideration (to do, addressed, accepted risk,
          not relevant), a note and an owner, every revision kept. Use “Save as team plan” in the{" "}
          <Link href="/plan" className="font-medium text-sky-700 hover:underline dark:text-sky-400">
            planner
          </Link>
          , or import a layer file.
        </p>
      </PageHeader>
      <section aria-labelledby="import-heading" className="max-w-2xl">
        <h2 id="import-heading" className="mb-3 text-lg font-semibold">
          Import a layer file
        </h2>
        <ImportLayer catalogue={{ topics: c.topics, considerations: c.considerations }} />
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
          The format is <code>kmap-layer</code>, version 1, described by its{" "}
          <a href={LAYER_SCHEMA_PATH} className="text-sky-700 underline dark:text-sky-400">
            JSON Schema
          </a>
          : at most {LAYER_LIMITS.items} items, notes of at most {LAYER_LIMITS.noteLength} characters (plain text).
          Whoever holds a plan’s edit link can change it; the read link shows it to anyone who has it.
        </p>
      </section>
    </article>
  );
}
