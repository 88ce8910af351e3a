import { describe, expect, it } from "vitest";
import { catalogueView } from "@/lib/domain/catalogue/view";
import { knownPairsOnly, withUnreportedPairs } from "@/lib/domain/heatmap/known-pairs";
import { realCatalogue } from "../helpers/content";

const view = catalogueView(await realCatalogue(), {
  version: "1.3.0",
  releasedAt: "2026-01-01",
  contentHash: "0".repeat(64),
});

describe("the co-occurrence matrix a page sends (known pairs only)", () => {
  it("sends the 18 reported pairs of 190 and gets the same matrix back", () => {
    const cooc = view.cooccurrence();
    const sent = knownPairsOnly(cooc);
    expect(sent.known).toHaveLength(18);
    expect(sent.known.every((p) => p.provenance === "reported")).toBe(true);
    expect(withUnreportedPairs(sent)).toEqual(cooc);
  });

  it("puts back a missing pair as not reported, never as 0", () => {
    const back = withUnreportedPairs({ topics: ["rag-systems", "agents", "memory"], known: [] });
    expect(back.pairs.map((p) => `${p.a}~${p.b}`)).toEqual([
      "agents~memory",
      "agents~rag-systems",
      "memory~rag-systems",
    ]);
    expect(back.pairs.every((p) => p.provenance === "not_reported" && p.count === null)).toBe(true);
    expect(back.topics).toEqual(["rag-systems", "agents", "memory"]);
  });
});
