import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { readReleases } from "@/lib/content/releases";
import { compareSnapshots } from "@/lib/domain/release/compare";
import { readSnapshot } from "@/lib/domain/release/legacy";
import { isPairKind, PAIR_KIND, PAIR_KINDS, pairKindLabel } from "@/lib/domain/paper/pair-kind";
import { isThemeOrigin, THEME_ORIGIN, THEME_ORIGINS } from "@/lib/domain/paper/theme-origin";
import { realCatalogue, ROOT } from "../helpers/content";

describe("pair kinds: one label map", () => {
  it("has the paper's three groups, each with a distinct label, heading and observation", () => {
    expect(PAIR_KINDS).toEqual(["architecture", "alternatives", "tools"]);
    for (const field of ["label", "heading", "observation", "sentence"] as const) {
      expect(new Set(PAIR_KINDS.map((k) => PAIR_KIND[k][field])).size).toBe(3);
    }
    expect(PAIR_KINDS.map((k) => PAIR_KIND[k].observation.slice(0, 3))).toEqual(["(1)", "(2)", "(3)"]);
  });

  it("labels only known kinds; pairs the paper does not report have none", () => {
    expect(pairKindLabel("alternatives")).toBe("Alternative choices");
    expect(pairKindLabel(null)).toBeNull();
    expect(pairKindLabel(undefined)).toBeNull();
    expect(isPairKind("tools")).toBe(true);
    expect(isPairKind("other")).toBe(false);
    expect(isPairKind(null)).toBe(false);
  });
});

describe("theme origins: one label map", () => {
  it("has the introduction's three groups and not-classified, which has no paper wording", () => {
    expect(THEME_ORIGINS).toEqual(["software-integration", "known-from-ml", "new-to-this-extent", "not-classified"]);
    expect(THEME_ORIGINS.filter((o) => THEME_ORIGIN[o].paperWording === null)).toEqual(["not-classified"]);
    expect(isThemeOrigin("known-from-ml")).toBe(true);
    expect(isThemeOrigin("new")).toBe(false);
  });
});

describe("changes of 1.2.0 (computed from the committed releases)", () => {
  it("says what the paper's structure added to 1.1.0", async () => {
    const releases = await readReleases(join(ROOT, "releases"));
    const [prev, next] = ["1.1.0", "1.2.0"].map((v) => readSnapshot(releases.find((r) => r.version === v)!.catalogue));
    const changes = compareSnapshots(prev, next);
    const groups = changes.filter((c) => c.kind === "pair").map((c) => c.figures.find((f) => f.field === "group"));
    expect(groups).toHaveLength(18);
    expect(groups.filter((g) => g?.before === null && g.after === "architecture")).toHaveLength(11);
    expect(groups.filter((g) => g?.after === "alternatives")).toHaveLength(3);
    expect(groups.filter((g) => g?.after === "tools")).toHaveLength(4);
    const origins = changes.filter((c) => c.kind === "theme").map((c) => c.figures.find((f) => f.field === "origin"));
    expect(origins.filter((o) => o?.after !== "not-classified")).toHaveLength(5);
    expect(origins.filter((o) => o?.after === "not-classified")).toHaveLength(3);
    // 1.2.0 published `new-to-llms`; it is read under its current name.
    expect(origins.filter((o) => o?.after === "new-to-this-extent")).toHaveLength(2);
    expect(changes.filter((c) => c.kind === "conclusion" && c.status === "added")).toHaveLength(5);
    expect(changes.find((c) => c.kind === "limit" && c.slug === "english-only")).toMatchObject({
      status: "added",
      name: "English videos only",
    });
    expect(changes).toHaveLength(8 + 18 + 5 + 5);
  });

  it("names a pair whose group changes", async () => {
    const next = await realCatalogue();
    const prev = structuredClone(next);
    prev.pairs.find((p) => p.a === "evaluation" && p.b === "fine-tuning")!.kind = "tools";
    expect(compareSnapshots(prev, next)).toEqual([
      expect.objectContaining({
        kind: "pair",
        slug: "evaluation|fine-tuning",
        figures: [{ field: "group", before: "tools", after: "architecture" }],
      }),
    ]);
  });
});
