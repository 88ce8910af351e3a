/**
 * Every page kind's citation files, read back by third-party parsers: BibTeX by @retorquere/bibtex-parser (what
 * Better BibTeX for Zotero uses), RIS by astrocite-ris, CSL-JSON by citation-js. Keys and ids are unique over
 * every theme, topic and phase at two versions, and the studies are arXiv preprints.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { parse as parseRis } from "astrocite-ris";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-csl";
import {
  formatCitation,
  pageCitationId,
  pageCitationKey,
  pageCsl,
  studyCsl,
  type CslItem,
} from "@/lib/domain/citation";
import { realCatalogue } from "../helpers/content";
import type { Catalogue } from "@/lib/content/parse";

let cat: Catalogue;
beforeAll(async () => {
  cat = await realCatalogue();
});

const VERSIONS = ["1.0.0", "1.1.0"] as const;

function everyPage(): Array<{ kind: "topic" | "theme" | "phase"; slug: string; name: string; version: string }> {
  const pages = [
    ...cat.topics.map((t) => ({ kind: "topic" as const, slug: t.slug, name: t.name })),
    ...cat.themes.map((t) => ({ kind: "theme" as const, slug: t.slug, name: t.name })),
    ...cat.phases.map((p) => ({ kind: "phase" as const, slug: p.slug, name: p.name })),
  ];
  return VERSIONS.flatMap((version) => pages.map((p) => ({ ...p, version })));
}

const itemFor = (p: ReturnType<typeof everyPage>[number]): CslItem =>
  pageCsl({
    ...p,
    url: `https://map.example/v/${p.version}/${p.kind}s/${p.slug}`,
    releasedAt: "2026-11-25",
    accessed: "2026-12-01",
  });

describe("page citations of every theme, topic and phase, at two versions", () => {
  it("covers 20 topics, 8 themes and 6 phases", () => {
    expect(everyPage()).toHaveLength(2 * (20 + 8 + 6));
  });

  it("BibTeX: parses without errors or warnings, a real month, the page's own key", () => {
    for (const p of everyPage()) {
      const bib = formatCitation(itemFor(p), "bibtex");
      const parsed = parseBibtex(bib, { sentenceCase: false });
      expect(parsed.errors, `${p.kind} ${p.slug}`).toEqual([]);
      expect(parsed.entries).toHaveLength(1);
      const [e] = parsed.entries;
      expect(e.key).toBe(pageCitationKey(p.kind, p.slug, p.version));
      expect(e.type).toBe("misc");
      expect(bib).toMatch(/^\s*month = nov,$/m);
      expect(e.fields.month).toBe("11");
      expect(e.fields.year).toBe("2026");
      expect(e.fields.note).toBe(`Dataset version ${p.version}`);
    }
  });

  it("RIS: parses, ID is the page's own id (at most 20 characters), dates are zero-padded", () => {
    for (const p of everyPage()) {
      const ris = formatCitation(itemFor(p), "ris");
      const [item] = parseRis(ris) as Array<Record<string, unknown>>;
      expect(item.id).toBe(pageCitationId(p.kind, p.slug, p.version));
      expect(String(item.id).length).toBeLessThanOrEqual(20);
      expect(ris).toContain("DA  - 2026/11/25/");
      expect(ris).toContain("Y2  - 2026/12/01/");
      expect(ris).not.toMatch(/^[A-Z][A-Z0-9]  - \d{4}\/\d\//m);
      expect(item.URL).toBe(`https://map.example/v/${p.version}/${p.kind}s/${p.slug}`);
    }
  });

  it("CSL-JSON: citation-js reads it back as the same item", () => {
    for (const p of everyPage()) {
      const json = JSON.parse(formatCitation(itemFor(p), "csl"));
      const [read] = new Cite(json).format("data", { format: "object" }) as unknown as CslItem[];
      expect(read).toMatchObject({
        id: pageCitationId(p.kind, p.slug, p.version),
        type: "dataset",
        version: p.version,
      });
      expect(read["citation-key"]).toBe(pageCitationKey(p.kind, p.slug, p.version));
    }
  });

  it("no two pages (or versions of a page) share a BibTeX key or a RIS/CSL id", () => {
    const pages = everyPage();
    const keys = new Set(pages.map((p) => parseBibtex(formatCitation(itemFor(p), "bibtex")).entries[0].key));
    const ids = new Set(pages.map((p) => (parseRis(formatCitation(itemFor(p), "ris")) as Array<{ id: string }>)[0].id));
    expect(keys.size).toBe(pages.length);
    expect(ids.size).toBe(pages.length);
    // The case the issue found: the theme Evaluation and the topic Evaluation.
    expect(pageCitationKey("theme", "evaluation", "1.1.0")).toBe("kmap_theme_evaluation_v1_1_0");
    expect(pageCitationKey("topic", "evaluation", "1.1.0")).toBe("kmap_topic_evaluation_v1_1_0");
    expect(pageCitationId("theme", "evaluation", "1.1.0")).not.toBe(pageCitationId("topic", "evaluation", "1.1.0"));
  });
});

describe("the studies as arXiv preprints", () => {
  it.each([
    ["mailach-2024", "2411.08574", "Mailach2024_arXiv_2411_08574", ["Mailach", "Simon", "Dorn", "Siegmund"]],
    ["rao-2025", "2506.23762", "Rao2025_arXiv_2506_23762", ["Rao", "Zhao", "Hou", "Wang", "Wang"]],
  ])(
    "%s: BibTeX @misc with eprint, archivePrefix, primaryClass and DOI; RIS UNPB; CSL article",
    (slug, arxivId, key, families) => {
      const source = cat.sources.find((s) => s.slug === slug)!;
      const item = studyCsl(source);
      const [e] = parseBibtex(formatCitation(item, "bibtex"), { sentenceCase: false }).entries;
      expect(e.key).toBe(key);
      expect(e.type).toBe("misc");
      expect(e.fields).toMatchObject({
        eprint: arxivId,
        archiveprefix: "arXiv",
        primaryclass: "cs.SE",
        doi: `10.48550/arXiv.${arxivId}`,
        title: source.title,
      });
      expect((e.fields.author as Array<{ lastName: string }>).map((a) => a.lastName)).toEqual(families);

      const ris = formatCitation(item, "ris");
      expect(ris.split("\n")[0]).toBe("TY  - UNPB");
      const [r] = parseRis(ris) as Array<Record<string, unknown>>;
      expect(r).toMatchObject({ id: `arXiv-${arxivId}`, DOI: `10.48550/arXiv.${arxivId}`, title: source.title });

      const [c] = new Cite(JSON.parse(formatCitation(item, "csl"))).format("data", {
        format: "object",
      }) as unknown as CslItem[];
      expect(c).toMatchObject({
        type: "article",
        DOI: `10.48550/arXiv.${arxivId}`,
        publisher: "arXiv",
        number: `arXiv:${arxivId}`,
      });
    },
  );
});
