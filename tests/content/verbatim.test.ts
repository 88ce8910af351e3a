import { describe, expect, it } from "vitest";
import { realCatalogue, studyText } from "../helpers/content";

// Quotes and evidence sentences must be the paper's words exactly. The paper's text sits
// beside the repository in ../shared/seeds; a checkout without it cannot run this check.
const paper = studyText();

describe.runIf(paper !== undefined)("verbatim text from the paper", async () => {
  const catalogue = await realCatalogue();
  const quotes = catalogue.topics.flatMap((t) => t.quotes.map((q) => ({ topic: t.slug, ...q })));

  it("has quotes for most topics, attributed to video ids", () => {
    expect(quotes.length).toBeGreaterThanOrEqual(40);
    expect(catalogue.topics.find((t) => t.slug === "rag-systems")!.quotes.length).toBeGreaterThanOrEqual(5);
  });

  it.each(quotes.map((q) => [`${q.topic} ${q.video}: ${q.text.slice(0, 50)}…`, q] as const))("%s", (_, q) => {
    // In the paper each quote is followed directly by the id of its video.
    expect(paper!.includes(q.text), "quote text is not in the paper").toBe(true);
    expect(
      paper!.includes(`${q.text}${q.video}`) || paper!.includes(`${q.text.replace(/\s+$/, "")}${q.video}`),
      `quote is not followed by ${q.video} in the paper`,
    ).toBe(true);
  });

  it("every reported pair's evidence sentence is in the paper and states its count", () => {
    expect(catalogue.pairs).toHaveLength(18);
    for (const p of catalogue.pairs) {
      expect(paper!.includes(p.evidence), `${p.a} × ${p.b}`).toBe(true);
      expect(p.evidence.includes(String(p.count)), `${p.a} × ${p.b}: ${p.count}`).toBe(true);
    }
  });
});

/** Every string held under a key ending in "evidence" anywhere in the catalogue (strings or lists of strings). */
function evidenceStrings(value: unknown, path = "catalogue"): Array<{ path: string; text: string }> {
  if (Array.isArray(value)) return value.flatMap((v, i) => evidenceStrings(v, `${path}[${i}]`));
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, v]) => {
    const here = `${path}.${key}`;
    if (/evidence$/i.test(key)) {
      const list = Array.isArray(v) ? v : [v];
      return list.filter((x): x is string => typeof x === "string").map((text, i) => ({ path: `${here}[${i}]`, text }));
    }
    return evidenceStrings(v, here);
  });
}

describe.runIf(paper !== undefined)("verbatim: every evidence field, the pair kinds and theme origins", async () => {
  const { slugify } = await import("@/lib/domain/slug");
  const { PAIR_KIND, PAIR_KINDS } = await import("@/lib/domain/paper/pair-kind");
  const { THEME_ORIGIN } = await import("@/lib/domain/paper/theme-origin");
  const catalogue = await realCatalogue();
  const all = evidenceStrings(catalogue);

  it("finds the evidence of pairs, theme origins and findings (so new files are covered by key, not by list)", () => {
    const findings = catalogue.findings!;
    const findingSentences = [...findings.conclusions, ...findings.limits].reduce((n, f) => n + f.evidence.length, 0);
    expect(findings.conclusions).toHaveLength(7);
    expect(findings.limits).toHaveLength(6);
    expect(all.length).toBe(18 + 5 + findingSentences);
  });

  it.each(all.map((e) => [e.path, e] as const))("%s is in the paper", (_, e) => {
    expect(paper!.includes(e.text), e.text.slice(0, 80)).toBe(true);
  });

  it("the pair kinds' headings, observations and sentences are the paper's words", () => {
    for (const k of PAIR_KINDS) {
      for (const field of ["heading", "observation", "sentence"] as const) {
        expect(paper!.includes(PAIR_KIND[k][field]), `${k}.${field}`).toBe(true);
      }
    }
  });

  it("each reported pair's sentence stands under the heading of its kind in Section IV-B", () => {
    const start = (k: (typeof PAIR_KINDS)[number]) => paper!.indexOf(`\n${PAIR_KIND[k].heading}\n`);
    const bounds = PAIR_KINDS.map((k) => ({ k, from: start(k) })).sort((x, y) => x.from - y.from);
    expect(bounds.every((b) => b.from > 0)).toBe(true);
    const end = paper!.indexOf("From our analysis on co-occurrences of topics");
    const counts: Record<string, number> = {};
    for (const p of catalogue.pairs) {
      const at = paper!.indexOf(p.evidence);
      const under = bounds.filter((b) => b.from < at && at < end).at(-1)?.k;
      expect(under, `${p.a} × ${p.b}`).toBe(p.kind);
      counts[p.kind!] = (counts[p.kind!] ?? 0) + 1;
    }
    expect(counts).toEqual({ architecture: 11, alternatives: 3, tools: 4 });
  });

  it("a theme's origin sentence names it (or its other name in the paper) right after the group's wording", () => {
    const placed = catalogue.themes.filter((t) => t.origin !== "not-classified");
    expect(placed.map((t) => t.slug)).toEqual([
      "architecture-and-design",
      "tools-infrastructure-and-llm-providers",
      "monitoring-and-observability",
      "costs",
      "output-verification",
    ]);
    for (const t of placed) {
      const wording = THEME_ORIGIN[t.origin].paperWording!;
      const sentence = t.originEvidence!;
      expect(sentence.includes(wording), t.slug).toBe(true);
      const examples = /^ \(e\.g\., ([^)]*)\)/.exec(sentence.slice(sentence.indexOf(wording) + wording.length))![1];
      const named = examples.split(/, | and /).map((n) => slugify(n));
      expect(
        named.some((s) => s === t.slug || t.aliases.includes(s)),
        `${t.slug} in "${examples}"`,
      ).toBe(true);
    }
  });
});
