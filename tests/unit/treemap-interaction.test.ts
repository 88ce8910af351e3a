import { describe, expect, it } from "vitest";
import { layoutTreemap, zoomLayout } from "@/lib/domain/treemap/layout";
import { panelHint, tabStopSlug, treemapReducer, type TreemapInteractionState } from "@/lib/domain/treemap/interaction";
import { realCatalogue } from "../helpers/content";

const catalogue = await realCatalogue();
const themes = catalogue.themes.map((t) => ({
  ...t,
  topics: catalogue.topics.filter((x) => x.theme === t.slug).map((x) => x.slug),
}));
const topics = catalogue.topics;
const ctxFor = (zoom: string | null) => {
  const layout = zoomLayout(layoutTreemap(themes, topics, 1120, 630), zoom);
  return { tilesInView: zoom ? layout.topics.filter((t) => t.theme === zoom) : layout.themes, topics };
};
const start: TreemapInteractionState = { zoom: null, topic: null, focused: null };

describe("treemap interactions (state, event) → (next state, focus target)", () => {
  it("a click on a theme zooms in and moves the tab stop to its biggest topic without stealing focus", () => {
    const t = treemapReducer(
      start,
      { type: "activate", kind: "theme", slug: "architecture-and-design", fromKeyboard: false },
      ctxFor(null),
    );
    expect(t.state).toEqual({ zoom: "architecture-and-design", topic: null, focused: "rag-systems" });
    expect(t.focus).toBeNull();
  });
  it("Enter on a theme zooms in and focuses its biggest topic", () => {
    const t = treemapReducer(
      { ...start, focused: "architecture-and-design" },
      { type: "key", key: "Enter", slug: "architecture-and-design" },
      ctxFor(null),
    );
    expect(t.state.zoom).toBe("architecture-and-design");
    expect(t.focus).toEqual({ kind: "topic", slug: "rag-systems" });
    expect(t.handled).toBe(true);
  });
  it.each(["evaluation", "monitoring-and-observability", "output-verification"])(
    "a single-topic theme (%s) opens its topic in one step",
    (theme) => {
      const only = topics.filter((x) => x.theme === theme);
      expect(only).toHaveLength(1);
      const t = treemapReducer(
        start,
        { type: "activate", kind: "theme", slug: theme, fromKeyboard: true },
        ctxFor(null),
      );
      expect(t.state).toEqual({ zoom: theme, topic: only[0].slug, focused: only[0].slug });
      expect(t.focus).toEqual({ kind: "topic", slug: only[0].slug });
    },
  );
  it("clicking the selected topic again clears the selection", () => {
    const s = { zoom: "costs", topic: "pricing", focused: "pricing" };
    expect(
      treemapReducer(s, { type: "activate", kind: "topic", slug: "pricing", fromKeyboard: false }, ctxFor("costs"))
        .state.topic,
    ).toBeNull();
  });
  it("arrow keys move focus to the neighbouring tile; Home and End to the first and last", () => {
    const ctx = ctxFor(null);
    const first = tabStopSlug(start, ctx.tilesInView)!;
    const right = treemapReducer(start, { type: "key", key: "ArrowRight", slug: first }, ctx);
    expect(right.focus?.kind).toBe("theme");
    expect(right.focus?.slug).not.toBe(first);
    expect(right.state.focused).toBe(right.focus?.slug);
    const end = treemapReducer(right.state, { type: "key", key: "End", slug: right.focus!.slug }, ctx);
    const home = treemapReducer(end.state, { type: "key", key: "Home", slug: end.focus!.slug }, ctx);
    expect(home.focus?.slug).toBe(first);
  });
  it("Escape first clears the topic, then zooms out and focuses the theme it came from", () => {
    const s = { zoom: "costs", topic: "pricing", focused: "pricing" };
    const a = treemapReducer(s, { type: "key", key: "Escape", slug: "pricing" }, ctxFor("costs"));
    expect(a.state).toEqual({ zoom: "costs", topic: null, focused: "pricing" });
    expect(a.focus).toEqual({ kind: "topic", slug: "pricing" });
    // Focused by a click or by the page, not by the arrows: the tile still keeps the tab stop.
    const clicked = treemapReducer(
      { ...s, focused: null },
      { type: "key", key: "Escape", slug: "pricing" },
      ctxFor("costs"),
    );
    expect(clicked.state.focused).toBe("pricing");
    const b = treemapReducer(a.state, { type: "key", key: "Escape", slug: "pricing" }, ctxFor("costs"));
    expect(b.state).toEqual({ zoom: null, topic: null, focused: "costs" });
    expect(b.focus).toEqual({ kind: "theme", slug: "costs" });
    expect(treemapReducer(b.state, { type: "key", key: "Escape", slug: "costs" }, ctxFor(null)).handled).toBe(false);
  });
  it("other keys are left to the page", () => {
    expect(treemapReducer(start, { type: "key", key: "a", slug: "costs" }, ctxFor(null)).handled).toBe(false);
  });
  it("the tab stop is the moved-to tile, else the selection when zoomed, else the first tile", () => {
    const ctx = ctxFor("costs");
    expect(tabStopSlug({ zoom: "costs", topic: "pricing", focused: null }, ctx.tilesInView)).toBe("pricing");
    expect(tabStopSlug({ zoom: "costs", topic: "pricing", focused: "nowhere" }, ctx.tilesInView)).toBe("pricing");
  });
  it("the empty panel's hint follows the zoom", () => {
    expect(panelHint(null)).toMatch(/^Click a theme to zoom in/);
    expect(panelHint("Costs")).toMatch(/^Click a topic in Costs/);
  });
});
