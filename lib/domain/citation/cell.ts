/**
 * The citation of one heatmap cell (a topic pair) at a dataset version: a CSL-JSON dataset item whose note carries
 * the count, where it comes from and, for a pair the paper reports, the paper's sentence verbatim. Formatted like
 * every other citation (format.ts).
 */
import { createHash } from "node:crypto";
import { SITE_NAME } from "../../site";
import { PAIR_KIND, type PairKind } from "../paper/pair-kind";
import type { Provenance } from "../pairs";
import type { CslItem } from "./format";

export interface CellCitationInput {
  row: { slug: string; name: string };
  column: { slug: string; name: string };
  /** The pair as the version holds it; null on the diagonal (a topic with itself). */
  pair: { count: number | null; provenance: Provenance; evidence: string | null; kind: PairKind | null } | null;
  /** How the paper is named in the note, e.g. "Mailach et al. (arXiv:2411.08574)". */
  study: string;
  /** Absolute URL of the cell at the version (the versioned permalink). */
  url: string;
  version: string;
  releasedAt: string;
  /** The day the reader accessed the cell, ISO date. */
  accessed?: string;
}

const dateParts = (iso: string) => ({ "date-parts": [iso.split("-").map(Number)] });

/** e.g. `kmap_pair_rag_systems_evaluation_v1_3_0`: readable, stable, only letters, digits and `_`. */
export function cellCitationKey(row: string, column: string, version: string): string {
  return `kmap_pair_${row}_${column}_v${version}`.replace(/[^A-Za-z0-9]+/g, "_");
}

/** `kmap-` and 12 hex digits, as for pages (RIS keeps only 20 characters of an id). */
export function cellCitationId(row: string, column: string, version: string): string {
  return `kmap-${createHash("sha256").update(`pair/${row}~${column}@${version}`).digest("hex").slice(0, 12)}`;
}

/** What the cell says, in one paragraph: the count and its provenance, with the paper's sentence when reported. */
export function cellNote(c: Pick<CellCitationInput, "row" | "column" | "pair" | "study" | "version">): string {
  const head = `Dataset version ${c.version}.`;
  const pairName = `${c.row.name} × ${c.column.name}`;
  const p = c.pair;
  if (!p) return `${head} ${c.row.name} with itself (the heatmap's diagonal).`;
  if (p.count === null)
    return (
      `${head} ${pairName}: the number of videos discussing both is not reported in the paper's text ` +
      `(only in its Figure 3 and replication package).`
    );
  const count = `${pairName}: ${p.count} joint video${p.count === 1 ? "" : "s"}`;
  if (p.provenance !== "reported") return `${head} ${count}, counted from imported video→topic assignments.`;
  const group = p.kind ? `, under “${PAIR_KIND[p.kind].heading}”` : "";
  return `${head} ${count}, reported in ${c.study}, Section IV-B${group}: “${p.evidence ?? ""}”`;
}

export function cellCsl(c: CellCitationInput): CslItem {
  return {
    id: cellCitationId(c.row.slug, c.column.slug, c.version),
    "citation-key": cellCitationKey(c.row.slug, c.column.slug, c.version),
    type: "dataset",
    title: `${c.row.name} × ${c.column.name} (topic pair)`,
    publisher: SITE_NAME,
    author: [{ literal: SITE_NAME }],
    version: c.version,
    issued: dateParts(c.releasedAt),
    ...(c.accessed ? { accessed: dateParts(c.accessed) } : {}),
    URL: c.url,
    note: cellNote(c),
  };
}
