/**
 * A heatmap cell as a citable thing: its citation files (read back by citation-js, the library that also reads
 * reference managers' imports), its page title and link preview, the heatmap of a version's snapshot, and the one
 * rule for which topic of a pair is the row.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import "@citation-js/plugin-csl";
import { cellCsl, cellNote, formatCitation, type CellCitationInput } from "@/lib/domain/citation";
import { cellMetadata } from "@/lib/domain/heatmap/cell-title";
import { snapshotCooccurrence, snapshotTopics } from "@/lib/domain/heatmap/snapshot";
import { MEASURE_DEFINITION, MEASURES } from "@/lib/domain/heatmap/matrix";
import { cellHref, cellOf } from "@/lib/domain/pairs";
import type { Catalogue } from "@/lib/content/parse";
import { realCatalogue } from "../helpers/content";

const SENTENCE =
  "Hence, we observe also that evaluation is often mentioned together with RAG-systems, with in total 21 joint " +
  "videos—the highest number of co-occurring topics.";

let cat: Catalogue;
let input: CellCitationInput;

beforeAll(async () => {
  cat = await realCatalogue();
  const pair = snapshotCooccurrence(cat).pairs.find((p) => p.a === "evaluation" && p.b === "rag-systems")!;
  input = {
    row: { slug: "rag-systems", name: "RAG Systems" },
    column: { slug: "evaluation", name: "Evaluation" },
    pair,
    study: "Mailach et al. (arXiv:2411.08574)",
    url: "https://map.example/v/1.3.0/cooccurrence?cell=rag-systems~evaluation",
    version: "1.3.0",
    releasedAt: "2026-12-02",
    accessed: "2026-12-02",
  };
});

describe("a cell's citation files", () => {
  it("CSL-JSON, BibTeX and RIS parse with citation-js and name the pair, the version and the sentence", () => {
    for (const format of ["csl", "bibtex", "ris"] as const) {
      const text = formatCitation(cellCsl(input), format);
      const [item] = (new Cite(text) as unknown as { data: Array<Record<string, unknown>> }).data;
      expect(item.title, format).toBe("RAG Systems × Evaluation (topic pair)");
      expect(String(item.note), format).toContain("Dataset version 1.3.0");
      expect(String(item.note), format).toContain(SENTENCE);
      expect(String(item.note), format).toContain("21 joint videos");
      expect(item.URL, format).toBe(input.url);
      if (format !== "bibtex") expect(item.version, format).toBe("1.3.0");
    }
  });

  it("BibTeX has a readable key with the version", () => {
    expect(formatCitation(cellCsl(input), "bibtex")).toMatch(/^@misc\{kmap_pair_rag_systems_evaluation_v1_3_0,/);
  });

  it("says when a count is not reported, and never invents one", () => {
    const note = cellNote({
      ...input,
      row: { slug: "pricing", name: "Pricing" },
      column: { slug: "memory", name: "Memory" },
      pair: { count: null, provenance: "not_reported", evidence: null, kind: null },
    });
    expect(note).toBe(
      "Dataset version 1.3.0. Pricing × Memory: the number of videos discussing both is not reported in the " +
        "paper's text (only in its Figure 3 and replication package).",
    );
  });
});

describe("a version's heatmap from its snapshot", () => {
  it("holds every pair once, the reported ones with their sentence, the rest unknown (null, not 0)", () => {
    const cooc = snapshotCooccurrence(cat);
    expect(cooc.topics).toHaveLength(20);
    expect(cooc.pairs).toHaveLength(190);
    expect(cooc.pairs.filter((p) => p.provenance === "reported")).toHaveLength(18);
    expect(cooc.pairs.find((p) => p.a === "memory" && p.b === "pricing")).toMatchObject({
      count: null,
      provenance: "not_reported",
    });
    expect(cooc.topics[0]).toBe("rag-systems");
  });
});

describe("a cell's title and link preview", () => {
  it("names the pair and its count", () => {
    const cooc = snapshotCooccurrence(cat);
    expect(cellMetadata(["rag-systems", "evaluation"], snapshotTopics(cat), cooc.pairs)?.title).toBe(
      "RAG Systems × Evaluation: 21 joint videos",
    );
    expect(cellMetadata(["pricing", "memory"], snapshotTopics(cat), cooc.pairs)?.title).toBe(
      "Pricing × Memory: not reported",
    );
    expect(cellMetadata(null, snapshotTopics(cat), cooc.pairs)).toBeNull();
  });
});

describe("which topic of a pair is the row", () => {
  it("the one with more videos, so links read as the pair is named", () => {
    const t = (slug: string, videoCount: number) => ({ slug, videoCount });
    expect(cellOf(t("evaluation", 50), t("rag-systems", 72)).map((x) => x.slug)).toEqual(["rag-systems", "evaluation"]);
    expect(cellOf(t("b", 5), t("a", 5)).map((x) => x.slug)).toEqual(["a", "b"]);
    expect(cellHref("rag-systems", "evaluation", "1.3.0")).toBe("/v/1.3.0/cooccurrence?cell=rag-systems~evaluation");
  });

  it("every measure has its one-sentence definition", () => {
    for (const m of MEASURES) expect(MEASURE_DEFINITION[m]).toMatch(/^[^.]+\.$/);
  });
});

describe("RIS of a long URL", () => {
  it("a URL the length citation-js wraps at keeps no trailing space (no empty line inside the record)", () => {
    // 70 characters: citation-js breaks the line after it, leaving an empty line.
    const url = "http://localhost:3000/v/1.3.0/cooccurrence?cell=rag-systems~evaluation";
    const ris = formatCitation(cellCsl({ ...input, url }), "ris");
    expect(ris).not.toMatch(/\n\n/);
    const [item] = (new Cite(ris) as unknown as { data: Array<Record<string, unknown>> }).data;
    expect(item.URL).toBe(url);
  });
});
