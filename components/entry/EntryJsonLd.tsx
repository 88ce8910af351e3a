import { JsonLd } from "@/components/JsonLd";
import type { CitableKind } from "@/lib/domain/entry-path";
import { entityJsonLd } from "@/lib/entity-page";

/** The schema.org JSON-LD of a current entry page (a version's permalink names the current page as canonical). */
export async function EntryJsonLd({ kind, slug }: { kind: CitableKind; slug: string }) {
  const ld = await entityJsonLd(kind, slug);
  return ld ? <JsonLd data={ld} /> : null;
}
