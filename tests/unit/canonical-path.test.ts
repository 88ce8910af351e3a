import { describe, expect, it } from "vitest";
import { canonicalEntryPath } from "@/lib/domain/canonical-path";

describe("canonical entry paths", () => {
  it.each([
    ["/topics/RAG-Systems", "/topics/rag-systems"],
    ["/themes/Evaluation", "/themes/evaluation"],
    ["/phases/Testing-And-Evaluation", "/phases/testing-and-evaluation"],
    ["/topics/RAG-Systems/cite.bib", "/topics/rag-systems/cite.bib"],
    ["/videos/v32", "/videos/V32"],
    ["/v/1.0.0/videos/v3", "/v/1.0.0/videos/V3"],
    ["/v/1.0.0/topics/RAG-Systems", "/v/1.0.0/topics/rag-systems"],
  ])("%s → %s", (from, to) => expect(canonicalEntryPath(from)).toBe(to));

  it.each([
    "/topics/rag-systems",
    "/videos/V32",
    "/topics",
    "/about",
    "/api/v1/topics/RAG-Systems",
    "/videos/vx",
    "/topics/rag systems",
  ])("%s stays", (path) => expect(canonicalEntryPath(path)).toBeNull());
});
