import { describe, expect, it } from "vitest";
import { diffSnapshots } from "@/lib/domain/changelog";
import { isPairKind, PAIR_KIND, PAIR_KINDS, pairKindLabel } from "@/lib/domain/paper/pair-kind";
import { isThemeOrigin, THEME_ORIGIN, THEME_ORIGINS } from "@/lib/domain/paper/theme-origin";
import { realCatalogue } from "../helpers/content";

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

describe("changelog of 1.2.0", () => {
  it("says what the paper's structure added to a snapshot without it (as 1.1.0 was)", async () => {
    const next = await realCatalogue();
    const prev = {
      ...next,
      themes: next.themes.map(({ origin: _o, originEvidence: _e, ...t }) => t),
      pairs: next.pairs.map(({ kind: _k, ...p }) => p),
      findings: undefined,
    };
    const changes = diffSnapshots(prev, next);
    expect(changes).toContain(
      "Reported pairs now carry the paper's grouping (§IV-B): 11 " +
        "architecture-based, 3 alternative choices, 4 tools for realization.",
    );
    expect(changes).toContain(
      "Themes say where they come from, as the paper's introduction " +
        "classifies them: 5 placed, 3 not classified by the paper.",
    );
    expect(changes.filter((c) => c.startsWith("Added conclusion of the paper"))).toHaveLength(5);
    expect(changes).toContain("Added limit of the method “English videos only”.");
    expect(changes).toHaveLength(2 + 10);
    expect(diffSnapshots(next, next)).toEqual([]);
  });

  it("names a pair whose group changes", async () => {
    const next = await realCatalogue();
    const prev = {
      ...next,
      pairs: next.pairs.map((p) =>
        p.a === "evaluation" && p.b === "fine-tuning" ? { ...p, kind: "tools" as const } : p,
      ),
    };
    expect(diffSnapshots(prev, next)).toEqual([
      "Reported pair evaluation × fine-tuning: Tools for realization → Architecture-based.",
    ]);
  });
});
