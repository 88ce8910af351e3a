import { CiteControl } from "@/components/CiteControl";
import { entryPath, type CitableKind } from "@/lib/domain/entry-path";

/** The Cite box of a theme, topic or phase page: the page at the version shown, and the study it summarises. */
export function EntryCite({
  kind,
  slug,
  base,
  version,
}: {
  kind: CitableKind;
  slug: string;
  base: string;
  version: string;
}) {
  const study = kind === "phase" ? "The lifecycle paper (Rao et al.)" : "The study (Mailach et al.)";
  return <CiteControl basePath={entryPath(kind, slug, base)} studyLabel={study} version={version} />;
}
