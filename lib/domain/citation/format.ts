/**
 * Citations of a page of this site and of the study it summarises, in BibTeX, RIS,
 * CSL-JSON and APA. Built as CSL-JSON and formatted by citation-js, which escapes what
 * BibTeX needs escaped (&, %, braces); we never assemble citation strings by hand.
 * Imported through lib/domain/citation (index.ts).
 */
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import "@citation-js/plugin-csl";
import { createHash } from "node:crypto";
import { SITE_NAME } from "../../site";

export type CitationFormat = "bibtex" | "ris" | "csl" | "apa";
export const CITATION_FORMATS: readonly CitationFormat[] = ["bibtex", "ris", "csl", "apa"];

export const CITATION_FILES: Record<CitationFormat, { extension: string; contentType: string; label: string }> = {
  bibtex: { extension: "bib", contentType: "application/x-bibtex; charset=utf-8", label: "BibTeX" },
  ris: { extension: "ris", contentType: "application/x-research-info-systems; charset=utf-8", label: "RIS" },
  csl: { extension: "json", contentType: "application/vnd.citationstyles.csl+json; charset=utf-8", label: "CSL-JSON" },
  apa: { extension: "txt", contentType: "text/plain; charset=utf-8", label: "APA" },
};

export type CslItem = Record<string, unknown> & { id: string; type: string; title: string };

type DateParts = { "date-parts": number[][] };
const dateParts = (iso: string): DateParts => ({ "date-parts": [iso.split("-").map(Number)] });

export interface PageCitationInput {
  kind: "topic" | "theme" | "phase" | "consideration";
  slug: string;
  name: string;
  /** Absolute URL of the page (the versioned permalink when citing a version). */
  url: string;
  version: string;
  releasedAt: string;
  /** The day the reader accessed the page, ISO date; none for a page prerendered once per build. */
  accessed?: string;
}

const KIND_LABEL = {
  topic: "Topic",
  theme: "Theme",
  phase: "Lifecycle phase",
  consideration: "Engineering consideration",
} as const;

/**
 * The BibTeX key of a page at a version, e.g. `kmap_topic_rag_systems_v1_1_0`: readable, stable, and unique across
 * kinds (the theme Evaluation and the topic Evaluation differ) and versions. Only letters, digits and `_`, which
 * every BibTeX tool accepts in a key.
 */
export function pageCitationKey(kind: PageCitationInput["kind"], slug: string, version: string): string {
  return `kmap_${kind}_${slug}_v${version}`.replace(/[^A-Za-z0-9]+/g, "_");
}

/**
 * The CSL/RIS id of a page at a version. RIS readers (and citation-js) keep only 20 characters of an `ID`, too few
 * for a readable kind + slug + version, so it is `kmap-` and the first 12 hex digits of the SHA-256 of
 * `kind/slug@version`: stable, and unique (a collision among our few hundred ids has odds of about 1 in 10^10;
 * a test checks every page and version).
 */
export function pageCitationId(kind: PageCitationInput["kind"], slug: string, version: string): string {
  return `kmap-${createHash("sha256").update(`${kind}/${slug}@${version}`).digest("hex").slice(0, 12)}`;
}

export function pageCsl(p: PageCitationInput): CslItem {
  return {
    id: pageCitationId(p.kind, p.slug, p.version),
    "citation-key": pageCitationKey(p.kind, p.slug, p.version),
    type: "dataset",
    title: `${p.name} (${KIND_LABEL[p.kind].toLowerCase()})`,
    publisher: SITE_NAME,
    author: [{ literal: SITE_NAME }],
    version: p.version,
    issued: dateParts(p.releasedAt),
    ...(p.accessed ? { accessed: dateParts(p.accessed) } : {}),
    URL: p.url,
    note: `Dataset version ${p.version}`,
  };
}

export interface StudySource {
  slug: string;
  title: string;
  authors: string[];
  published: string;
  arxivId: string;
  url: string;
}

/** arXiv's DOI for a preprint, e.g. 10.48550/arXiv.2411.08574. */
export const arxivDoi = (arxivId: string) => `10.48550/arXiv.${arxivId}`;

/** Both studies are arXiv preprints in cs.SE (their arXiv listings' primary category). */
const ARXIV_PRIMARY_CLASS = "cs.SE";

/**
 * A study as an arXiv preprint: CSL type `article` (CSL's type for preprints), arXiv as publisher, the arXiv id
 * as number, arXiv's DOI. The BibTeX and RIS formatters below add what CSL has no field for (eprint,
 * archivePrefix, primaryClass; RIS type UNPB).
 */
export function studyCsl(s: StudySource): CslItem {
  const first = s.authors[0]?.trim().split(/\s+/).pop() ?? "Anon";
  return {
    id: `arXiv-${s.arxivId}`,
    "citation-key": `${first}${s.published.slice(0, 4)}_arXiv_${s.arxivId}`.replace(/[^A-Za-z0-9]+/g, "_"),
    type: "article",
    title: s.title,
    author: s.authors.map((full) => {
      const parts = full.trim().split(/\s+/);
      const family = parts.pop()!;
      return { given: parts.join(" "), family };
    }),
    issued: dateParts(s.published),
    publisher: "arXiv",
    number: `arXiv:${s.arxivId}`,
    DOI: arxivDoi(s.arxivId),
    URL: s.url,
    custom: { arxiv: { eprint: s.arxivId, archivePrefix: "arXiv", primaryClass: ARXIV_PRIMARY_CLASS } },
  };
}

interface ArxivFields {
  eprint: string;
  archivePrefix: string;
  primaryClass: string;
}
const arxivOf = (item: CslItem): ArxivFields | undefined => (item.custom as { arxiv?: ArxivFields } | undefined)?.arxiv;

const BIBTEX_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * citation-js writes a full date as `month = {nov 25}`, which is not a month. BibTeX's month is the three-letter
 * macro (`month = nov`); the day has no standard BibTeX field and is dropped here (CSL-JSON and RIS keep it).
 * An arXiv preprint becomes `@misc` with eprint, archivePrefix and primaryClass (the fields arXiv's own BibTeX
 * export and biblatex read), all plain ASCII values that need no escaping.
 */
function fixBibtex(bib: string, item: CslItem): string {
  let out = bib.replace(/^(\s*month = )\{([a-z]{3})(?: \d{1,2})?\},$/m, (_, head: string, mon: string) =>
    BIBTEX_MONTHS.includes(mon) ? `${head}${mon},` : `${head}{${mon}},`,
  );
  const arxiv = arxivOf(item);
  if (arxiv) {
    out = out.replace(
      /^@article\{([^,]+),\n/,
      (_, key: string) =>
        `@misc{${key},\n\teprint = {${arxiv.eprint}},\n\tarchivePrefix = {${arxiv.archivePrefix}},\n` +
        `\tprimaryClass = {${arxiv.primaryClass}},\n`,
    );
  }
  return out;
}

/** RIS dates are YYYY/MM/DD/ with two-digit month and day; an arXiv preprint is RIS type UNPB (unpublished work). */
function fixRis(ris: string, item: CslItem): string {
  let out = ris.replace(
    /^([A-Z][A-Z0-9]  - )(\d{4})\/(\d{1,2})\/(\d{1,2})?\/?(.*)$/gm,
    (_, tag: string, y: string, m: string, d: string | undefined, rest: string) =>
      `${tag}${y}/${m.padStart(2, "0")}/${d ? d.padStart(2, "0") : ""}/${rest}`,
  );
  if (arxivOf(item)) out = out.replace(/^TY  - JOUR$/m, "TY  - UNPB");
  return out;
}

export function formatCitation(item: CslItem, format: CitationFormat): string {
  const cite = new Cite(item);
  switch (format) {
    case "bibtex":
      return fixBibtex(cite.format("bibtex").trim(), item) + "\n";
    case "ris":
      // The end tag keeps its space after the hyphen ("ER  - "), as the RIS specification writes it.
      return (
        fixRis(unwrapRis(cite.format("ris")), item)
          .trim()
          .replace(/^ER  -$/m, "ER  - ") + "\n"
      );
    case "csl":
      return JSON.stringify([item], null, 2) + "\n";
    case "apa":
      return cite.format("bibliography", { format: "text", template: "apa", lang: "en-US" }).trim() + "\n";
  }
}

/** "cite.bib" → { target: "page", format: "bibtex" }; "cite-study.ris" → the study. */
export function parseCitationFile(file: string): { target: "page" | "study"; format: CitationFormat } | null {
  const m = /^cite(-study)?\.([a-z]+)$/.exec(file);
  if (!m) return null;
  const format = CITATION_FORMATS.find((f) => CITATION_FILES[f].extension === m[2]);
  return format ? { target: m[1] ? "study" : "page", format } : null;
}

/**
 * citation-js breaks RIS values every 70 characters with a bare newline, which RIS
 * readers take as a malformed tag line. Every line of valid RIS starts with a tag, so a
 * line that does not is a continuation and goes back onto the line before it.
 */
export function unwrapRis(ris: string): string {
  const out: string[] = [];
  for (const line of ris.split(/\r?\n/)) {
    if (out.length > 0 && line !== "" && !/^[A-Z][A-Z0-9]  -( |$)/.test(line)) out[out.length - 1] += line;
    else out.push(line);
  }
  // A value of exactly the wrap width leaves an empty line inside the record, which readers append to the value
  // (a URL with a trailing space): only a new record (TY) may follow an empty line.
  return out.join("\n").replace(/\n\n+(?!TY  -)(?=[A-Z][A-Z0-9]  -)/g, "\n");
}
