import { describe, expect, it } from "vitest";
import { roundShare, shareMatches, sharePercent } from "@/lib/domain/share";
import { realCatalogue, studyText } from "../helpers/content";

describe("the paper's 28 figures (8 themes + 20 topics)", async () => {
  const catalogue = await realCatalogue();
  const figures = [
    ...catalogue.themes.map((t) => ({
      kind: "theme",
      name: t.name,
      videoCount: t.videoCount,
      share: t.share,
      section: t.section,
    })),
    ...catalogue.topics.map((t) => ({
      kind: "topic",
      name: t.name,
      videoCount: t.videoCount,
      share: t.share,
      section: t.section,
    })),
  ];

  it("has 8 themes, 20 topics and a share denominator of 178 for 189 analysed videos", () => {
    expect(catalogue.themes).toHaveLength(8);
    expect(catalogue.topics).toHaveLength(20);
    expect(figures).toHaveLength(28);
    expect(catalogue.study.videosAnalysed).toBe(189);
    expect(catalogue.study.shareDenominator).toBe(178);
  });

  it.each(figures.map((f) => [`${f.kind} ${f.name}: ${f.videoCount} videos, ${f.share}%`, f] as const))(
    "%s = count / 178 within rounding",
    (_, f) => {
      expect(shareMatches(f.share, f.videoCount, 178)).toBe(true);
      expect(roundShare(sharePercent(f.videoCount, 178))).toBeCloseTo(f.share, 5);
    },
  );

  it("would not match over 189 videos: the denominator really is 178", () => {
    const over189 = figures.filter((f) => shareMatches(f.share, f.videoCount, 189));
    expect(over189.length).toBeLessThan(figures.length / 2);
  });

  it("states the headline figures exactly as the paper", () => {
    const rag = catalogue.topics.find((t) => t.slug === "rag-systems")!;
    expect([rag.name, rag.videoCount, rag.share, rag.theme]).toEqual([
      "RAG Systems",
      72,
      40.4,
      "architecture-and-design",
    ]);
    const ad = catalogue.themes.find((t) => t.slug === "architecture-and-design")!;
    expect([ad.videoCount, ad.share]).toEqual([93, 52.2]);
  });

  const paper = studyText();
  it.runIf(paper !== undefined)("every figure appears in the paper's text as printed", () => {
    for (const f of figures) {
      const printed = `(${f.videoCount} videos, ${f.share.toFixed(1)}%)`;
      expect(paper!.includes(printed), `${f.name} ${printed}`).toBe(true);
    }
  });
});
