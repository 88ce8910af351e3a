/**
 * Citations of a page of this site and of the study it summarises, in BibTeX, RIS,
 * CSL-JSON and APA. Built as CSL-JSON and formatted by citation-js, which escapes what
 * BibTeX needs escaped (&, %, braces); we never assemble citation strings by hand.
 */
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import "@citation-js/plugin-csl";
import { SITE_NAME } from "./site";

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
  kind: "topic" | "theme" | "phase";
  slug: string;
  name: string;
  /** Absolute URL of the page (the versioned permalink when citing a version). */
  url: string;
  version: string;
  releasedAt: string;
  /** The day the reader accessed the page, ISO date. */
  accessed: string;
}

const KIND_LABEL = { topic: "Topic", theme: "Theme", phase: "Lifecycle phase" } as const;

export function pageCsl(p: PageCitationInput): CslItem {
  return {
    id: `llm-knowledge-map-${p.kind}-${p.slug}-${p.version}`,
    type: "dataset",
    title: `${p.name} (${KIND_LABEL[p.kind].toLowerCase()})`,
    publisher: SITE_NAME,
    author: [{ literal: SITE_NAME }],
    version: p.version,
    issued: dateParts(p.releasedAt),
    accessed: dateParts(p.accessed),
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

export function studyCsl(s: StudySource): CslItem {
  return {
    id: s.slug,
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
    URL: s.url,
  };
}

export function formatCitation(item: CslItem, format: CitationFormat): string {
  const cite = new Cite(item);
  switch (format) {
    case "bibtex":
      return cite.format("bibtex").trim() + "\n";
    case "ris":
      return unwrapRis(cite.format("ris")).trim() + "\n";
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
  return out.join("\n");
}

