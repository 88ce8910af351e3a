import { describe, expect, it } from "vitest";
import { parseContent, type ContentFiles } from "@/lib/content/parse";
import { formatIssue, type ContentIssue } from "@/lib/content/issues";
import { realContentFiles } from "../helpers/content";

const RAG = "topics/rag-systems.md";

async function issuesAfter(edit: (files: ContentFiles) => void): Promise<ContentIssue[]> {
  const files = await realContentFiles();
  edit(files);
  const result = parseContent(files);
  if (result.ok) throw new Error("expected the edited content to be invalid");
  return result.issues;
}

function replaceOnce(files: ContentFiles, file: string, from: string | RegExp, to: string) {
  const before = files[file];
  files[file] = before.replace(from, to);
  if (files[file] === before) throw new Error(`fixture edit did not apply to ${file}: ${from}`);
}

describe("content validation", () => {
  it("accepts the real content", async () => {
    const result = parseContent(await realContentFiles());
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
  });

  it("names file, entry and field for a missing field", async () => {
    const issues = await issuesAfter((f) => replaceOnce(f, RAG, /^videoCount: 72\n/m, ""));
    expect(issues).toContainEqual(expect.objectContaining({ file: RAG, entry: "rag-systems", field: "videoCount" }));
    expect(formatIssue(issues[0])).toMatch(
      /^content\/topics\/rag-systems\.md, entry "rag-systems", field "videoCount": /,
    );
  });

  it("rejects an unknown theme slug", async () => {
    const issues = await issuesAfter((f) =>
      replaceOnce(f, RAG, "theme: architecture-and-design", "theme: architecture"),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        file: RAG,
        entry: "rag-systems",
        field: "theme",
        message: expect.stringContaining('unknown theme "architecture"'),
      }),
    ]);
  });

  it("rejects a duplicate slug, also through an alias", async () => {
    const issues = await issuesAfter((f) =>
      replaceOnce(f, "topics/agents.md", /^aliases: \[\]$/m, "aliases: [rag-systems]"),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({
        entry: "agents",
        field: "aliases[0]",
        message: expect.stringContaining('duplicate topic slug "rag-systems"'),
      }),
    );

    const themeIssues = await issuesAfter((f) =>
      replaceOnce(f, "themes.yaml", "- slug: costs\n  name: Costs", "- slug: evaluation\n  name: Costs"),
    );
    expect(
      themeIssues.some(
        (i) => i.file === "themes.yaml" && i.field === "slug" && /duplicate theme slug "evaluation"/.test(i.message),
      ),
    ).toBe(true);
  });

  it("rejects a quote pointing to a malformed video id", async () => {
    const issues = await issuesAfter((f) => replaceOnce(f, RAG, /video: V126\b/, "video: V0126"));
    expect(issues).toEqual([
      expect.objectContaining({
        file: RAG,
        entry: "rag-systems",
        field: "quotes[0].video",
        message: expect.stringContaining("video id like V72"),
      }),
    ]);
  });

  it("rejects a share that does not match count / 178", async () => {
    const issues = await issuesAfter((f) => replaceOnce(f, RAG, "share: 40.4", "share: 40.6"));
    expect(issues).toEqual([
      expect.objectContaining({
        file: RAG,
        entry: "rag-systems",
        field: "share",
        message: expect.stringContaining("72 / 178 = 40.45%"),
      }),
    ]);
    const themeIssues = await issuesAfter((f) => replaceOnce(f, "themes.yaml", "share: 52.2", "share: 49.2"));
    expect(themeIssues).toEqual([
      expect.objectContaining({ file: "themes.yaml", entry: "architecture-and-design", field: "share" }),
    ]);
  });

  it("rejects a keyword another topic already has, one listed twice, or another topic's name", async () => {
    const taken = await issuesAfter((f) =>
      replaceOnce(f, "topics/user-interfaces.md", /^keywords:\n/m, 'keywords:\n  - "Vector Database"\n'),
    );
    expect(taken).toEqual([
      expect.objectContaining({
        file: "topics/user-interfaces.md",
        entry: "user-interfaces",
        field: "keywords[0]",
        message: expect.stringContaining('already leads to topic "rag-systems"'),
      }),
    ]);
    const twice = await issuesAfter((f) => replaceOnce(f, RAG, /^keywords:\n/m, 'keywords:\n  - "chunking"\n'));
    expect(twice).toEqual([
      expect.objectContaining({
        file: RAG,
        entry: "rag-systems",
        field: "keywords[5]",
        message: expect.stringContaining("listed twice"),
      }),
    ]);
    const name = await issuesAfter((f) => replaceOnce(f, RAG, /^keywords:\n/m, 'keywords:\n  - "latency"\n'));
    expect(name).toEqual([
      expect.objectContaining({ file: RAG, field: "keywords[0]", message: expect.stringContaining('"latency"') }),
    ]);
    const empty = await issuesAfter((f) => replaceOnce(f, RAG, /^keywords:\n/m, 'keywords:\n  - ""\n'));
    expect(empty).toEqual([
      expect.objectContaining({
        file: RAG,
        entry: "rag-systems",
        field: "keywords[0]",
        message: expect.stringContaining("must not be empty"),
      }),
    ]);
  });

  it("reports invalid YAML with its line", async () => {
    const issues = await issuesAfter((f) => (f["pairs.yaml"] += "\n- a: [unclosed\n"));
    expect(issues[0]).toEqual(
      expect.objectContaining({ file: "pairs.yaml", message: expect.stringMatching(/invalid YAML at line \d+/) }),
    );
  });

  it("rejects pairs with unknown topics, duplicates, and counts above a topic's videos", async () => {
    const issues = await issuesAfter((f) => {
      f["pairs.yaml"] +=
        [
          "- a: rag-systems\n  b: retrieval\n  count: 3\n  evidence: x\n  kind: architecture",
          "- a: evaluation\n  b: rag-systems\n  count: 21\n  evidence: again\n  kind: architecture",
          "- a: pricing\n  b: rag-systems\n  count: 5\n  evidence: too many\n  kind: tools",
        ].join("\n") + "\n";
    });
    expect(issues).toContainEqual(
      expect.objectContaining({ file: "pairs.yaml", entry: "rag-systems × retrieval", field: "b" }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({
        file: "pairs.yaml",
        entry: "evaluation × rag-systems",
        message: expect.stringContaining("listed twice"),
      }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ file: "pairs.yaml", entry: "pricing × rag-systems", field: "count" }),
    );
  });

  it("requires the paper's group on every reported pair, one of its three (file, entry, field)", async () => {
    const missing = await issuesAfter((f) => replaceOnce(f, "pairs.yaml", /^  kind: architecture\n/m, ""));
    expect(missing).toEqual([
      expect.objectContaining({ file: "pairs.yaml", entry: "rag-systems × prompt-engineering", field: "kind" }),
    ]);
    const unknown = await issuesAfter((f) => replaceOnce(f, "pairs.yaml", /^  kind: tools$/m, "  kind: other"));
    expect(unknown).toEqual([
      expect.objectContaining({
        file: "pairs.yaml",
        entry: "tools-and-landscape × evaluation",
        field: "kind",
        message: expect.stringContaining('"architecture"|"alternatives"|"tools"'),
      }),
    ]);
  });

  it("a theme's origin needs the paper's sentence, and an unclassified theme has none", async () => {
    const noEvidence = await issuesAfter((f) =>
      replaceOnce(f, "themes.yaml", /^  originEvidence: \*origin-sentence\n/m, ""),
    );
    expect(noEvidence).toEqual([
      expect.objectContaining({
        file: "themes.yaml",
        entry: "tools-infrastructure-and-llm-providers",
        field: "originEvidence",
      }),
    ]);
    const unknown = await issuesAfter((f) => replaceOnce(f, "themes.yaml", "origin: not-classified", "origin: new"));
    expect(unknown).toEqual([
      expect.objectContaining({ file: "themes.yaml", entry: "model-capabilities-and-techniques", field: "origin" }),
    ]);
    const invented = await issuesAfter((f) =>
      replaceOnce(
        f,
        "themes.yaml",
        "origin: not-classified\n",
        'origin: not-classified\n  originEvidence: "Made up."\n',
      ),
    );
    expect(invented).toEqual([
      expect.objectContaining({
        file: "themes.yaml",
        entry: "model-capabilities-and-techniques",
        field: "originEvidence",
      }),
    ]);
  });

  it(
    "findings: each names its entry and field; unknown topics, no evidence " + "and unknown keys are rejected",
    async () => {
      const topic = await issuesAfter((f) => replaceOnce(f, "findings.yaml", "topics: [rag-systems]", "topics: [rag]"));
      expect(topic).toEqual([
        expect.objectContaining({
          file: "findings.yaml",
          entry: "rag-in-production-unexplored",
          field: "conclusions.topics[0]",
          message: 'unknown topic "rag"',
        }),
      ]);
      const noEvidence = await issuesAfter((f) =>
        replaceOnce(f, "findings.yaml", /evidence:\n      - "Videos were excluded[^\n]*\n/, "evidence: []\n"),
      );
      expect(noEvidence).toEqual([
        expect.objectContaining({
          file: "findings.yaml",
          entry: "english-only",
          field: "evidence",
          message: expect.stringContaining("at least one"),
        }),
      ]);
      const key = await issuesAfter((f) => (f["findings.yaml"] += "threats: []\n"));
      expect(key).toEqual([expect.objectContaining({ file: "findings.yaml", field: "threats" })]);
      const missing = await issuesAfter((f) => delete f["findings.yaml"]);
      expect(missing).toContainEqual(expect.objectContaining({ file: "findings.yaml", message: "file is missing" }));
    },
  );

  it("requires every phase to have a topic and every topic a known phase", async () => {
    const issues = await issuesAfter((f) => {
      f["phases.yaml"] +=
        "- slug: retirement\n  name: Retirement\n  position: 7\n  summary: Switching a system off.\n  aliases: []\n";
    });
    expect(issues).toEqual([
      expect.objectContaining({
        file: "phases.yaml",
        entry: "retirement",
        message: expect.stringContaining("no topic maps to this phase"),
      }),
    ]);
  });

  it("rejects a slug that does not follow from the name", async () => {
    const issues = await issuesAfter((f) =>
      replaceOnce(f, RAG, "name: RAG Systems", "name: Retrieval-Augmented Generation"),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        file: RAG,
        field: "slug",
        message: expect.stringContaining('expected "retrieval-augmented-generation"'),
      }),
    ]);
  });

  it("rejects unknown fields instead of ignoring typos", async () => {
    const issues = await issuesAfter((f) => replaceOnce(f, RAG, "share: 40.4", "share: 40.4\nvideocount: 72"));
    expect(issues[0]).toEqual(
      expect.objectContaining({ file: RAG, entry: "rag-systems", message: expect.stringContaining("videocount") }),
    );
  });

  it("reports a missing file", async () => {
    const issues = await issuesAfter((f) => delete f["themes.yaml"]);
    expect(issues).toContainEqual({ file: "themes.yaml", message: "file is missing" });
  });

  it("hashes content so any change changes the version's hash", async () => {
    const files = await realContentFiles();
    const a = parseContent(files);
    files[RAG] = files[RAG].replace("RAG", "RAG ");
    const b = parseContent({ ...files, [RAG]: (await realContentFiles())[RAG] + "\n" });
    expect(a.ok && b.ok && a.catalogue.dataset.contentHash !== b.catalogue.dataset.contentHash).toBe(true);
  });
});
