import { describe, expect, it } from "vitest";
import { diffSnapshots } from "@/lib/domain/changelog";
import { considerationCitation } from "@/lib/domain/citation";
import { UNMAPPED_SENTENCE } from "@/lib/domain/considerations";
import { realCatalogue } from "../helpers/content";

describe("considerations in the changelog", () => {
  it("lists the 11 considerations as added against a snapshot from before they existed (1.0.0)", async () => {
    const next = await realCatalogue();
    const { considerations: _none, ...before } = next;
    const changes = diffSnapshots(before, next);
    expect(changes.filter((c) => c.startsWith("Added consideration"))).toHaveLength(11);
    expect(changes).toContain("Added consideration “Context Management”.");
  });

  it("names a changed editorial mapping", async () => {
    const prev = await realCatalogue();
    const next = structuredClone(prev);
    const c = next.considerations.find((x) => x.slug === "context-management")!;
    c.topics = c.topics.filter((l) => l.topic !== "rag-systems").concat({ topic: "agents", rationale: "x" });
    expect(diffSnapshots(prev, next)).toEqual([
      "Consideration “Context Management”: now mapped to agents; no longer to rag-systems (editorial).",
    ]);
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
