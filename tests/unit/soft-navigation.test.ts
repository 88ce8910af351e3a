import { describe, expect, it } from "vitest";
import { prefetchTarget, softNavigationTarget, type LinkClick } from "@/lib/domain/links/soft-navigation";

const here = "https://kmap.example/topics/rag-systems?x=1";
const click = (over: Partial<LinkClick>): LinkClick => ({
  href: "https://kmap.example/cooccurrence?cell=rag-systems~evaluation",
  soft: true,
  target: "",
  download: false,
  button: 0,
  modifier: false,
  defaultPrevented: false,
  ...over,
});

describe("clicks on links of markup React did not hydrate", () => {
  it("a plain left click on a next/link anchor of this site navigates client-side, with query and fragment", () => {
    expect(softNavigationTarget(click({}), here)).toBe("/cooccurrence?cell=rag-systems~evaluation");
    expect(softNavigationTarget(click({ href: "https://kmap.example/about#shares" }), here)).toBe("/about#shares");
  });

  it("leaves everything else to the browser", () => {
    expect(softNavigationTarget(click({ soft: false }), here)).toBeNull(); // a plain <a> (the JSON API, a file)
    expect(softNavigationTarget(click({ button: 1 }), here)).toBeNull();
    expect(softNavigationTarget(click({ modifier: true }), here)).toBeNull();
    expect(softNavigationTarget(click({ target: "_blank" }), here)).toBeNull();
    expect(softNavigationTarget(click({ download: true }), here)).toBeNull();
    expect(softNavigationTarget(click({ defaultPrevented: true }), here)).toBeNull();
    expect(softNavigationTarget(click({ href: "https://elsewhere.example/x" }), here)).toBeNull();
    // A jump within the page: the browser scrolls.
    expect(softNavigationTarget(click({ href: "https://kmap.example/topics/rag-systems?x=1#pairs" }), here)).toBeNull();
    expect(softNavigationTarget(click({ target: "_self" }), here)).toBe("/cooccurrence?cell=rag-systems~evaluation");
  });

  it("prefetches the page a link leads to, without its fragment, only for next/link anchors", () => {
    expect(prefetchTarget("https://kmap.example/about#shares", true, here)).toBe("/about");
    expect(prefetchTarget("https://kmap.example/api", false, here)).toBeNull();
    expect(prefetchTarget("https://elsewhere.example/", true, here)).toBeNull();
  });
});
