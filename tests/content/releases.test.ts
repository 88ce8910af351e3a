import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkRelease, readReleases } from "@/lib/content/releases";
import { changedFiles, releaseChecksum } from "@/lib/domain/release/format";
import { compareSnapshots } from "@/lib/domain/release/compare";
import { readSnapshot } from "@/lib/domain/release/legacy";
import { wordDiff } from "@/lib/domain/release/words";
import { ROOT, realContentFiles } from "../helpers/content";

const DIR = join(ROOT, "releases");
const text = (version: string) => readFileSync(join(DIR, `${version}.json`), "utf8");

/** The content hash of every published version, as the site showed it (see each release's notes). */
const PUBLISHED = {
  "1.0.0": "04960244b94c6719cb3f0b3e2e0c53a61e8afd61f3e670c07ef101bdfb890f3f",
  "1.1.0": "5ebf2af9840f2957ec9704db7dfbe87b969fda5e6cd808e84e73d9cfccc494b5",
  "1.2.0": "886fc999140357e3abd7260a808c2bbfeb8fd8ca43c612934a1f4309fedd7a24",
  "1.3.0": "856be68edba69d567c30ebb30555859699fb01def8cf8d23292f478f41c0d0ed",
};

describe("committed releases (releases/*.json)", () => {
  it("hold every published version, each whole: checksum, content hash from its files, snapshot shape", async () => {
    const releases = await readReleases(DIR);
    expect(Object.fromEntries(releases.map((r) => [r.version, r.contentHash]))).toEqual(PUBLISHED);
    for (const r of releases.filter((x) => x.origin.kind === "recovered"))
      expect(r.notes.join(" "), r.version).toContain(`${r.contentHash.slice(0, 8)}… is reproduced from these files`);
    expect(releases.map((r) => r.origin.kind)).toEqual(["recovered", "recovered", "recovered", "release-command"]);
  });

  it("fail when one byte of a committed release changes", () => {
    const original = text("1.0.0");
    const renamed = checkRelease(
      "releases/1.0.0.json",
      original.replace('"name": "RAG Systems"', '"name": "RAG systemz"'),
    );
    expect(renamed).toEqual({
      problems: [expect.stringContaining('releases/1.0.0.json: field "checksum" is 0ed0b216')],
    });
    // Resealing by hand does not hide a changed file: the content hash is recomputed from the files.
    const edited = JSON.parse(original.replace("# The dataset version shown", "# A dataset version shown"));
    edited.checksum = releaseChecksum(edited);
    expect(checkRelease("releases/1.0.0.json", JSON.stringify(edited))).toEqual({
      problems: [expect.stringMatching(/field "contentHash" is 04960244\w+ but its files hash to (?!04960244)/)],
    });
    expect(checkRelease("releases/1.0.0.json", original)).toHaveProperty("release");
    expect(checkRelease("releases/1.1.0.json", original)).toEqual({
      problems: ['releases/1.1.0.json: field "version" is 1.0.0, the file name differs'],
    });
  });

  it("end with content/ exactly: changing content/ needs a new release (npm run release -- <version>)", async () => {
    const latest = (await readReleases(DIR)).at(-1)!;
    const files = await realContentFiles();
    expect(
      changedFiles(latest.files, files),
      `content/ differs from releases/${latest.version}.json; cut a new version with npm run release -- <version>`,
    ).toEqual([]);
    const edited = { ...files, "topics/rag-systems.md": files["topics/rag-systems.md"].replace("RAG", "Rag") };
    expect(changedFiles(latest.files, edited)).toEqual(["topics/rag-systems.md"]);
  });

  it("npm run release refuses a published or lower version without writing anything", () => {
    const run = (...args: string[]) =>
      spawnSync(join(ROOT, "node_modules/.bin/tsx"), ["scripts/release.ts", ...args], { cwd: ROOT, encoding: "utf8" });
    const again = run("1.3.0");
    expect([again.status, again.stderr.trim()]).toEqual([
      1,
      "release: releases/1.3.0.json exists, and a published release never changes.",
    ]);
    expect(run("1.2.5").stderr).toContain("1.2.5 is not above the latest release, 1.3.0.");
    expect(run("one").status).toBe(2);
  });
});

describe("what changed from 1.2.0 to 1.3.0 (the paper read exactly)", async () => {
  const releases = await readReleases(DIR);
  const snap = (v: string) => readSnapshot(releases.find((r) => r.version === v)!.catalogue);
  const changes = compareSnapshots(snap("1.2.0"), snap("1.3.0"));

  it("is exactly the corrections", () => {
    expect(changes.map((c) => `${c.kind} ${c.slug} ${c.status}`)).toEqual([
      "topic prompt-engineering changed",
      "phase requirements-engineering changed",
      "consideration integration-and-api-development changed",
      "consideration data-preprocessing-and-formatting changed",
      "consideration performance-optimization changed",
      "consideration security-and-privacy changed",
      "consideration error-handling-and-robustness changed",
      "conclusion breadth-of-topics added",
      "conclusion research-directions added",
      "limit topic-model-coverage changed",
      "limit unclassified-paragraphs added",
    ]);
  });

  it("word-diffs the Security summary back to the guide's words", () => {
    const security = changes.find((c) => c.slug === "security-and-privacy")!;
    const summary = security.texts.find((t) => t.field === "summary")!;
    const removed = summary.diff
      .filter((p) => p.op === "removed")
      .map((p) => p.text)
      .join(" ");
    const added = summary.diff
      .filter((p) => p.op === "added")
      .map((p) => p.text)
      .join(" ");
    expect(removed).toContain("attacks that arrive through model input are kept from doing harm.");
    expect(added).toContain("encryption, authentication");
    expect(added).toContain("authorization,");
    // Each side reads back word for word from the diff.
    const side = (op: string) =>
      summary.diff
        .filter((p) => p.op === "same" || p.op === op)
        .map((p) => p.text)
        .join(" ");
    const words = (t: string) => t.split(/\s+/).join(" ");
    expect(side("removed")).toBe(words(snap("1.2.0").considerations[3].summary));
    expect(side("added")).toBe(words(snap("1.3.0").considerations[3].summary));
    expect(summary.diff.some((p) => p.op === "same")).toBe(true);
    expect(security.texts.map((t) => t.field)).toEqual(["summary", "reason for application-security"]);
  });

  it("links Performance to Infrastructure Management and moves the unclassified paragraphs to §III", () => {
    expect(changes.find((c) => c.slug === "performance-optimization")!.mappings).toEqual([
      { field: "topics", added: ["infrastructure-management"], removed: [] },
    ]);
    const moved = changes.find((c) => c.slug === "topic-model-coverage")!.mappings;
    expect(moved).toEqual([
      {
        field: "paper's sentences",
        added: [],
        removed: [expect.stringContaining("A total of 1843 paragraphs remained unclassified."), expect.any(String)],
      },
    ]);
    expect(snap("1.3.0").findings!.limits.find((l) => l.slug === "unclassified-paragraphs")!.section).toBe("III");
  });
});

describe("word diff", () => {
  it("keeps shared words and marks the rest", () => {
    expect(wordDiff("counts among the biggest concerns", "seems to be one of the biggest concerns")).toEqual([
      { op: "removed", text: "counts among" },
      { op: "added", text: "seems to be one of" },
      { op: "same", text: "the biggest concerns" },
    ]);
    expect(wordDiff("", "new text")).toEqual([{ op: "added", text: "new text" }]);
    expect(wordDiff("same\n  words", "same words")).toEqual([{ op: "same", text: "same words" }]);
  });
});
