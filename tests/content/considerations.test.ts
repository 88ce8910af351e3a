import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseContent, type ContentFiles } from "@/lib/content/parse";
import { formatIssue, type ContentIssue } from "@/lib/content/issues";
import { realCatalogue, realContentFiles, ROOT } from "../helpers/content";
import { required } from "../helpers/requirements";

const FILE = "considerations.yaml";

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

/** The considerations guide (../shared/seeds/003_*), when this checkout has it beside it (always under CI). */
function guideText(): string | undefined {
  const dir = join(ROOT, "..", "shared", "seeds");
  const file = existsSync(dir) ? readdirSync(dir).find((f) => f.startsWith("003_")) : undefined;
  return required(
    file ? readFileSync(join(dir, file), "utf8") : undefined,
    "the considerations guide (../shared/seeds/003_*)",
  );
}
const GUIDE = guideText();

describe("engineering considerations (content)", () => {
  it("holds the guide's 11 considerations in its order, three of them without a topic", async () => {
    const c = await realCatalogue();
    expect(c.considerations.map((x) => x.name)).toEqual([
      "Integration and API Development",
      "Data Preprocessing and Formatting",
      "Performance Optimization",
      "Security and Privacy",
      "Error Handling and Robustness",
      "Context Management",
      "Continuous Monitoring and Maintenance",
      "Customization and Fine-Tuning",
      "User Experience Design",
      "Collaboration with AI Researchers",
      "Scalability and Load Management",
    ]);
    expect(c.considerations.filter((x) => x.topics.length === 0).map((x) => x.slug)).toEqual([
      "integration-and-api-development",
      "data-preprocessing-and-formatting",
      "collaboration-with-ai-researchers",
    ]);
    expect(c.dataset).toMatchObject({ version: "1.3.0", releasedAt: "2026-12-02" });
  });

  it("states the guide page as it is: no author, date or URL", async () => {
    const c = await realCatalogue();
    expect(c.guides).toHaveLength(1);
    const g = c.guides[0];
    expect(g).toMatchObject({ slug: "se-considerations-guide", kind: "guide-page", title: "Software Engineering" });
    expect(Object.keys(g).sort()).toEqual(["frontMatterDate", "kind", "note", "role", "slug", "title"]);
    // The papers are still the only sources with authors.
    expect(c.sources.map((s) => s.slug)).toEqual(["mailach-2024", "rao-2025"]);
    if (GUIDE) expect(GUIDE).toContain(`date: ${g.frontMatterDate}`);
  });

  it.runIf(GUIDE)("describes each consideration in its own words (no run of 6 words from the guide)", async () => {
    const guide = GUIDE!;
    const words = (t: string) =>
      t
        .toLowerCase()
        .replace(/[^a-z0-9 ]+/g, " ")
        .split(/\s+/)
        .filter(Boolean);
    const g = words(guide);
    const runs = new Set<string>();
    for (let i = 0; i + 6 <= g.length; i++) runs.add(g.slice(i, i + 6).join(" "));
    for (const c of (await realCatalogue()).considerations) {
      const w = words(c.summary);
      for (let i = 0; i + 6 <= w.length; i++)
        expect(runs.has(w.slice(i, i + 6).join(" ")), `${c.slug}: “${w.slice(i, i + 6).join(" ")}”`).toBe(false);
    }
  });

  it("names file, entry and field for an unknown topic, a missing reason and an unknown source", async () => {
    const unknownTopic = await issuesAfter((f) => replaceOnce(f, FILE, "- topic: latency\n", "- topic: latencies\n"));
    expect(unknownTopic).toEqual([
      expect.objectContaining({
        file: FILE,
        entry: "performance-optimization",
        field: "topics[0].topic",
        message: 'unknown topic "latencies"',
      }),
    ]);
    expect(formatIssue(unknownTopic[0])).toBe(
      'content/considerations.yaml, entry "performance-optimization", field ' +
        '"topics[0].topic": unknown topic "latencies"',
    );

    const noReason = await issuesAfter((f) =>
      replaceOnce(f, FILE, /  unmappedNote: >-\n    None of the 20[^\n]*\n(?:    [^\n]*\n)*/, ""),
    );
    expect(noReason).toEqual([
      expect.objectContaining({ file: FILE, entry: "integration-and-api-development", field: "unmappedNote" }),
    ]);

    const noRationale = await issuesAfter((f) =>
      replaceOnce(f, FILE, /(- topic: fine-tuning\n)\s+rationale: [^\n]+\n/, "$1"),
    );
    expect(noRationale).toEqual([
      expect.objectContaining({ file: FILE, entry: "customization-and-fine-tuning", field: "topics[0].rationale" }),
    ]);

    const badSource = await issuesAfter((f) =>
      replaceOnce(
        f,
        FILE,
        "  source: se-considerations-guide\n  summary: >-\n    Keeping the application",
        "  source: mailach-2024\n  summary: >-\n    Keeping the application",
      ),
    );
    expect(badSource).toEqual([
      expect.objectContaining({
        file: FILE,
        entry: "scalability-and-load-management",
        field: "source",
        message: expect.stringContaining('unknown guide-page source "mailach-2024"'),
      }),
    ]);
  });

  it("refuses an invented author or URL on the guide page", async () => {
    const issues = await issuesAfter((f) =>
      replaceOnce(f, "sources.yaml", "  kind: guide-page\n", "  kind: guide-page\n  authors: [Somebody]\n"),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        file: "sources.yaml",
        entry: "se-considerations-guide",
        message: expect.stringContaining("authors"),
      }),
    ]);
  });

  it("rejects a slug that does not follow from the name, and a topic mapped twice", async () => {
    const slug = await issuesAfter((f) => replaceOnce(f, FILE, "slug: context-management", "slug: context"));
    expect(slug).toContainEqual(expect.objectContaining({ file: FILE, entry: "context", field: "slug" }));
    const twice = await issuesAfter((f) =>
      replaceOnce(f, FILE, "    - topic: context-length\n", "    - topic: memory\n"),
    );
    expect(twice).toEqual([
      expect.objectContaining({
        file: FILE,
        entry: "context-management",
        field: "topics[1].topic",
        message: 'topic "memory" is listed twice',
      }),
    ]);
  });
});
