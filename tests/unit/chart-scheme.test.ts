import { describe, expect, it } from "vitest";
import { interpolateYlGnBu } from "d3-scale-chromatic";
import { heatColor, heatGradientStops, ylGnBu } from "@/lib/domain/chart-scheme";

const hexOf = (rgb: string) =>
  "#" +
  /rgb\((\d+), (\d+), (\d+)\)/
    .exec(rgb)!
    .slice(1)
    .map((x) => Number(x).toString(16).padStart(2, "0"))
    .join("");

describe("the heatmap's YlGnBu scale", () => {
  it("equals d3-scale-chromatic's interpolateYlGnBu at 10,001 points and beyond both ends", () => {
    for (let k = 0; k <= 10_000; k++) expect(ylGnBu(k / 10_000)).toBe(hexOf(interpolateYlGnBu(k / 10_000)));
    expect(ylGnBu(-0.5)).toBe(hexOf(interpolateYlGnBu(-0.5)));
    expect(ylGnBu(1.5)).toBe(hexOf(interpolateYlGnBu(1.5)));
  });

  it("keeps the scheme ends: palest yellow at 0, deepest blue at 1", () => {
    expect(ylGnBu(0)).toBe("#ffffd9");
    expect(ylGnBu(1)).toBe("#081d58");
  });

  it("runs light → dark on white and dark → light on a dark page", () => {
    expect(heatColor(21, 21, "light")).toBe("#081d58");
    expect(heatColor(0, 21, "light")).toBe(hexOf(interpolateYlGnBu(0.12)));
    expect(heatColor(21, 21, "dark")).toBe(hexOf(interpolateYlGnBu(0.04)));
    expect(heatGradientStops("light")).toHaveLength(9);
  });
});
