import { describe, expect, it } from "vitest";
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { parse as parseRis } from "astrocite-ris";
import { formatCitation, pageCsl, parseCitationFile, studyCsl, unwrapRis } from "@/lib/domain/citation";

const page = pageCsl({
  kind: "topic",
  slug: "model-size-and-performance",
  name: "Model Size & Performance: 100% {braced} test",
  url: "https://map.example/v/1.2.0/topics/model-size-and-performance",
  version: "1.2.0",
  releasedAt: "2026-11-25",
  accessed: "2026-12-01",
});
const study = studyCsl({
  slug: "mailach-2024",
  title: "Themes of Building LLM-based Applications for Production: A Practitioner’s View",
  authors: ["Alina Mailach", "Sebastian Simon", "Johannes Dorn", "Norbert Siegmund"],
  published: "2024-11-13",
  arxivId: "2411.08574",
  url: "https://arxiv.org/abs/2411.08574",
});

describe("BibTeX", () => {
  it("escapes &, % and braces so a real parser reads the title back exactly", () => {
    const bib = formatCitation(page, "bibtex");
    expect(bib).toContain("\\&");
    expect(bib).toContain("\\%");
    const parsed = parseBibtex(bib);
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries).toHaveLength(1);
    const e = parsed.entries[0];
    expect(e.fields.title).toBe("Model Size & Performance: 100% {braced} test (topic)");
    expect(e.fields.url).toBe("https://map.example/v/1.2.0/topics/model-size-and-performance");
    expect(e.fields.note).toBe("Dataset version 1.2.0");
  });
  it("lists the study's four authors", () => {
    const e = parseBibtex(formatCitation(study, "bibtex")).entries[0];
    expect(e.type).toBe("misc");
    expect((e.fields.author as Array<{ lastName: string }>).map((a) => a.lastName)).toEqual([
      "Mailach",
      "Simon",
      "Dorn",
      "Siegmund",
    ]);
    expect(e.fields.year).toBe("2024");
  });
});

describe("RIS", () => {
  it("parses with a real RIS parser, long titles intact", () => {
    const [item] = parseRis(formatCitation(study, "ris")) as Array<Record<string, unknown>>;
    expect(item.title).toBe("Themes of Building LLM-based Applications for Production: A Practitioner’s View");
    expect((item.author as Array<{ family: string }>).map((a) => a.family)).toEqual([
      "Mailach",
      "Simon",
      "Dorn",
      "Siegmund",
    ]);
    const [p] = parseRis(formatCitation(page, "ris")) as Array<Record<string, unknown>>;
    expect(p.title).toBe("Model Size & Performance: 100% {braced} test (topic)");
    expect(p.URL).toBe("https://map.example/v/1.2.0/topics/model-size-and-performance");
  });
  it("joins continuation lines back onto their tag", () => {
    expect(unwrapRis("TY  - JOUR\nTI  - abc\ndef\nER  - \n")).toBe("TY  - JOUR\nTI  - abcdef\nER  - \n");
  });
});

describe("CSL-JSON and APA", () => {
  it("CSL-JSON is the item as JSON", () => {
    const [item] = JSON.parse(formatCitation(page, "csl"));
    expect(item).toMatchObject({
      type: "dataset",
      version: "1.2.0",
      URL: "https://map.example/v/1.2.0/topics/model-size-and-performance",
    });
  });
  it("APA names authors, year, title and URL", () => {
    expect(formatCitation(study, "apa").trim()).toBe(
      "Mailach, A., Simon, S., Dorn, J., & Siegmund, N. (2024). Themes of " +
        "Building LLM-based Applications for Production: A Practitioner’s View " +
        "(arXiv:2411.08574). arXiv. https://doi.org/10.48550/arXiv.2411.08574",
    );
    expect(formatCitation(page, "apa")).toContain("(1.2.0) [Data set]");
  });
});

describe("citation file names", () => {
  it.each([
    ["cite.bib", { target: "page", format: "bibtex" }],
    ["cite.ris", { target: "page", format: "ris" }],
    ["cite.json", { target: "page", format: "csl" }],
    ["cite.txt", { target: "page", format: "apa" }],
    ["cite-study.bib", { target: "study", format: "bibtex" }],
  ])("%s", (file, expected) => expect(parseCitationFile(file)).toEqual(expected));
  it("rejects others", () => {
    for (const f of ["cite.pdf", "cite", "study.bib", "cite.bib.exe", "../cite.bib"])
      expect(parseCitationFile(f)).toBeNull();
  });
});
