/**
 * Treemap layout: themes → topics, tile area proportional to the topic's video count
 * (d3-hierarchy, squarified). A theme's area is the sum of its topics' counts, since a
 * video can count for several topics. Zooming rescales x and y linearly from the theme's
 * rectangle to the viewport; independent linear scales multiply every area by the same
 * factor, so proportions still hold in the zoomed view.
 */
import { hierarchy, treemap, treemapSquarify, type HierarchyRectangularNode } from "d3-hierarchy";
import { fitText } from "../label-fit";

export interface TreemapTopicInput {
  slug: string;
  name: string;
  theme: string;
  videoCount: number;
  share: number;
}
export interface TreemapThemeInput {
  slug: string;
  name: string;
  videoCount: number;
  share: number;
  topics: string[];
}

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface ThemeTile extends Rect {
  kind: "theme";
  slug: string;
  name: string;
  videoCount: number;
  share: number;
  /** Height of the band that carries the theme's name (0 when the theme has one topic: its tile names both). */
  header: number;
  topicSlugs: string[];
}
export interface TopicTile extends Rect {
  kind: "topic";
  slug: string;
  name: string;
  theme: string;
  videoCount: number;
  share: number;
}
export interface TreemapLayout {
  width: number;
  height: number;
  themes: ThemeTile[];
  topics: TopicTile[];
}

export const THEME_HEADER = 22;

type Datum = { slug: string; name: string; videoCount: number; share: number; theme?: string; children?: Datum[] };

export function layoutTreemap(
  themes: readonly TreemapThemeInput[],
  topics: readonly TreemapTopicInput[],
  width: number,
  height: number,
): TreemapLayout {
  if (!(width > 0 && height > 0)) throw new RangeError(`treemap needs a positive size, got ${width}×${height}`);
  const bySlug = new Map(topics.map((t) => [t.slug, t]));
  const root: Datum = {
    slug: "",
    name: "All themes",
    videoCount: 0,
    share: 0,
    children: themes.map((th) => ({
      ...th,
      children: th.topics.map((s) => {
        const t = bySlug.get(s);
        if (!t) throw new Error(`theme ${th.slug} lists unknown topic ${s}`);
        return { ...t };
      }),
    })),
  };
  const header = (d: Datum) => ((d.children?.length ?? 0) > 1 ? THEME_HEADER : 0);
  const h = hierarchy(root)
    .sum((d) => (d.children ? 0 : d.videoCount))
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  const laid = treemap<Datum>()
    .tile(treemapSquarify)
    .size([width, height])
    .round(false)
    // No inner padding: gaps are drawn as strokes, so the areas stay exact.
    .paddingTop((node) => (node.depth === 1 ? header(node.data) : 0))(h);

  const rect = (n: HierarchyRectangularNode<Datum>): Rect => ({ x0: n.x0, y0: n.y0, x1: n.x1, y1: n.y1 });
  const themeNodes = laid.children ?? [];
  return {
    width,
    height,
    themes: themeNodes.map((n) => ({
      kind: "theme",
      ...rect(n),
      slug: n.data.slug,
      name: n.data.name,
      videoCount: n.data.videoCount,
      share: n.data.share,
      header: header(n.data),
      topicSlugs: (n.children ?? []).map((c) => c.data.slug),
    })),
    topics: themeNodes.flatMap((n) =>
      (n.children ?? []).map((c) => ({
        kind: "topic" as const,
        ...rect(c),
        slug: c.data.slug,
        name: c.data.name,
        theme: n.data.slug,
        videoCount: c.data.videoCount,
        share: c.data.share,
      })),
    ),
  };
}

/**
 * The SVG's coordinates keep 1/100 px: the layout keeps full precision (areas stay exact), while the markup
 * (twice per tile, in each drawing slot and in the page's payload) would otherwise carry 16-digit floats,
 * which cost bytes and no pixels.
 */
export const svgCoordinate = (value: number): number => Math.round(value * 100) / 100;

/** A tile as the SVG draws it: its size less `inset` (never negative) and its offset, in 1/100 px. */
export function svgBox(r: Rect, inset = 0): { width: number; height: number; x: number; y: number } {
  return {
    width: svgCoordinate(Math.max(0, r.x1 - r.x0 - inset)),
    height: svgCoordinate(Math.max(0, r.y1 - r.y0 - inset)),
    x: svgCoordinate(r.x0),
    y: svgCoordinate(r.y0),
  };
}

export function area(r: Rect): number {
  return Math.max(0, r.x1 - r.x0) * Math.max(0, r.y1 - r.y0);
}

/**
 * The layout as seen when zoomed into one theme: its topic area (below the header)
 * stretched to the whole viewport. Tiles of other themes map outside the viewport, which
 * is what lets a renderer animate between the two views.
 */
export function zoomLayout(layout: TreemapLayout, themeSlug: string | null): TreemapLayout {
  if (!themeSlug) return layout;
  const theme = layout.themes.find((t) => t.slug === themeSlug);
  if (!theme) return layout;
  const top = theme.y0 + theme.header;
  const sx = layout.width / (theme.x1 - theme.x0);
  const sy = layout.height / (theme.y1 - top);
  const map = <R extends Rect>(r: R): R => ({
    ...r,
    x0: (r.x0 - theme.x0) * sx,
    x1: (r.x1 - theme.x0) * sx,
    y0: (r.y0 - top) * sy,
    y1: (r.y1 - top) * sy,
  });
  return { ...layout, themes: layout.themes.map(map), topics: layout.topics.map(map) };
}

export interface TileLabel {
  name: string;
  figure: string;
  /** The whole text, for the tooltip and the accessible name. */
  full: string;
  fontSize: number;
}

export const LABEL_PADDING = 6;
/** Fewer characters of a cut name than this (before the "…") are not shown. */
export const MIN_LABEL_CHARS = 7;

/** The theme's name in its header band: one line, cut to the band's width. */
export function themeBandLabel(band: Rect, name: string, videoCount: number): string {
  const w = band.x1 - band.x0 - 2 * LABEL_PADDING;
  const full = `${name} · ${videoCount}`;
  const fitted = fitText(full, w, 12, true);
  return fitted === full ? full : fitText(name, w, 12, true);
}

/** What fits in a tile: name (cut with "…" if needed) and, below it, the figure if there is room. */
export function tileLabel(r: Rect, name: string, videoCount: number, share: number): TileLabel {
  const w = r.x1 - r.x0 - 2 * LABEL_PADDING;
  const h = r.y1 - r.y0 - 2 * LABEL_PADDING;
  const fontSize = w > 140 && h > 60 ? 14 : 12;
  const figureFull = `${videoCount} ${videoCount === 1 ? "video" : "videos"} · ${share.toFixed(1)}%`;
  const full = `${name}: ${videoCount} ${videoCount === 1 ? "video" : "videos"}, ${share.toFixed(1)}%`;
  if (h < fontSize) return { name: "", figure: "", full, fontSize };
  const fittedName = fitText(name, w, fontSize, true);
  // A stub like "Use…" or a lone number says nothing: a tile too small for a readable part
  // of its name stays unlabelled (its accessible name and tooltip keep the whole text).
  if (fittedName !== name && [...fittedName].length - 1 < MIN_LABEL_CHARS)
    return { name: "", figure: "", full, fontSize };
  let figure = "";
  if (h >= fontSize * 2 + 6) {
    figure = fitText(figureFull, w, fontSize - 1);
    if (figure !== figureFull) figure = fitText(String(videoCount), w, fontSize - 1);
  }
  return { name: fittedName, figure, full, fontSize };
}
