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
    expect(paper!.includes(`${q.text}${q.video}`) || paper!.includes(`${q.text.replace(/\s+$/, "")}${q.video}`), `quote is not followed by ${q.video} in the paper`).toBe(true);
  });

  it("every reported pair's evidence sentence is in the paper and states its count", () => {
    expect(catalogue.pairs).toHaveLength(18);
    for (const p of catalogue.pairs) {
      expect(paper!.includes(p.evidence), `${p.a} × ${p.b}`).toBe(true);
      expect(p.evidence.includes(String(p.count)), `${p.a} × ${p.b}: ${p.count}`).toBe(true);
    }
  });
});
