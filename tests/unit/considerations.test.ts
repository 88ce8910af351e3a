import { describe, expect, it } from "vitest";
import { compareSnapshots } from "@/lib/domain/release/compare";
import { considerationCitation } from "@/lib/domain/citation";
import { UNMAPPED_SENTENCE } from "@/lib/domain/considerations";
import { realCatalogue } from "../helpers/content";

describe("considerations in the changes between versions", () => {
  it("lists the 11 considerations as added against a snapshot from before they existed (1.0.0)", async () => {
    const next = await realCatalogue();
    const { considerations: _none, ...before } = next;
    const added = compareSnapshots(before, next).filter((c) => c.kind === "consideration" && c.status === "added");
    expect(added).toHaveLength(11);
    expect(added.map((c) => c.name)).toContain("Context Management");
  });

  it("names a changed editorial mapping", async () => {
    const prev = await realCatalogue();
    const next = structuredClone(prev);
    const c = next.considerations.find((x) => x.slug === "context-management")!;
    c.topics = c.topics.filter((l) => l.topic !== "rag-systems").concat({ topic: "agents", rationale: "x" });
    const changes = compareSnapshots(prev, next);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      kind: "consideration",
      slug: "context-management",
      mappings: [{ field: "topics", added: ["agents"], removed: ["rag-systems"] }],
    });
    expect(changes[0].texts.map((t) => t.field)).toEqual(["reason for rag-systems", "reason for agents"]);
  });
});

describe("consideration wording", () => {
  it("cites a consideration page in APA through citation-js, then its source as it is", () => {
    expect(
      considerationCitation({
        slug: "context-management",
        name: "Context Management",
        url: "https://x.org/considerations/context-management",
        version: { version: "1.1.0", releasedAt: "2026-11-20", contentHash: "0".repeat(64) },
        guide: { title: "Software Engineering" },
      }),
    ).toBe(
      "LLM Engineering Knowledge Map. (2026). Context Management (engineering consideration) (1.1.0) [Data set]. " +
        "LLM Engineering Knowledge Map. https://x.org/considerations/context-management " +
        "Source: “Software Engineering”, a guide page (no author, publication date or URL given).",
    );
    expect(UNMAPPED_SENTENCE).toBe("The practitioner videos do not single this out.");
  });
});
