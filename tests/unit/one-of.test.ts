import { describe, expect, it } from "vitest";
import { isOneOf } from "@/lib/domain/one-of";
import { PAIR_KINDS } from "@/lib/domain/paper/pair-kind";
import { CITABLE_KINDS } from "@/lib/domain/entry-path";

describe("isOneOf", () => {
  it("holds exactly the listed values", () => {
    expect(PAIR_KINDS.filter((k) => isOneOf(PAIR_KINDS, k))).toEqual(["architecture", "alternatives", "tools"]);
    expect(isOneOf(CITABLE_KINDS, "topic")).toBe(true);
  });

  it("rejects other strings, other cases and non-strings", () => {
    for (const value of ["Tools", "tools ", "", "toString", "constructor", 3, null, undefined, ["tools"]])
      expect(isOneOf(PAIR_KINDS, value)).toBe(false);
  });
});
