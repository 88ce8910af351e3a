import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/PageHeader";
import { LayerEditor } from "@/components/layers/LayerEditor";
import { LAYER_ID_PATTERN } from "@/lib/domain/layers/http";
import { layerPageCatalogue } from "@/lib/layers/page-data";
import { findLayer } from "@/lib/layers/store";

type Props = { params: Promise<{ id: string }> };

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Edit team plan", robots: { index: false, follow: false } };

/** The edit view: the token is in the URL fragment (#token=…), read by the browser only. */
export default async function EditLayerPage({ params }: Props) {
  const { id } = await params;
  if (!LAYER_ID_PATTERN.test(id)) notFound();
  const found = await findLayer(id);
  if (found.state === "missing") notFound();
  if (found.state === "gone")
    return <PageHeader crumbs={[{ href: "/layers", label: "Team plans" }]} title="This team plan was deleted" />;
  const c = await layerPageCatalogue();
  return (
    <article>
      <PageHeader
        crumbs={[
          { href: "/layers", label: "Team plans" },
          { href: `/layers/${id}`, label: found.layer.layer.name },
        ]}
        kicker="Edit team plan"
        title={found.layer.layer.name}
      >
        <p className="mt-3 max-w-3xl text-sm text-slate-600 dark:text-slate-400">
          This page’s address holds the edit token after the #: anyone with it can change the plan. Share the read-only
          link (/layers/{id}) with everyone else.
        </p>
      </PageHeader>
      <LayerEditor
        id={id}
        initial={found.layer.layer}
        revision={found.layer.revision}
        entries={c.entries}
        topics={c.topics}
        considerations={c.considerations}
      />
    </article>
  );
}
