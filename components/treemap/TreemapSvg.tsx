/**
 * Draws a computed treemap layout as SVG. No layout maths here (see lib/domain/treemap/layout.ts)
 * and no state: the same markup is rendered on the server for the first paint and on the
 * client, where the explorer adds handlers. Marks carry ARIA: a tree of themes (level 1)
 * and topics (level 2) whose accessible names hold the full text. The visible labels are
 * drawn in a separate aria-hidden layer on top, not inside the tiles: a label cut to fit
 * ("Retrieval Aug…") or a theme's tile holding its topics' labels would otherwise differ
 * from the tile's accessible name (axe: label-content-name-mismatch).
 */
import type { KeyboardEvent, PointerEvent } from "react";
import {
  svgBox,
  themeBandLabel,
  tileLabel,
  LABEL_PADDING,
  type Rect,
  type ThemeTile,
  type TopicTile,
  type TreemapLayout,
} from "@/lib/domain/treemap/layout";
import { textColorOn } from "@/lib/domain/color";
import { SCHEME_COLORS, type ChartScheme } from "@/lib/domain/chart-scheme";
import { formatShare } from "@/lib/domain/share";

export interface TreemapSvgProps {
  /** Distinguishes ids when several charts share a page. */
  idPrefix: string;
  layout: TreemapLayout;
  zoom: string | null;
  selected: string | null;
  topicFill: (tile: TopicTile) => string;
  themeFill: (tile: ThemeTile) => string;
  /** The one tile in the tab order (roving tabindex): "theme:<slug>" or "topic:<slug>". */
  tabStop?: string | null;
  interactive?: boolean;
  onActivate?: (kind: "theme" | "topic", slug: string) => void;
  onKeyDown?: (event: KeyboardEvent<SVGGElement>, kind: "theme" | "topic", slug: string) => void;
  onHover?: (event: PointerEvent<SVGGElement> | null, text?: string) => void;
  className?: string;
  /** Gap colour between tiles when drawn without the page's CSS (exports, snapshots). */
  scheme?: ChartScheme;
}

/** A tile's size (less `inset`) and its offset as a CSS transform, in the SVG's 1/100 px (svgBox). */
const box = (t: Rect, inset = 0) => {
  const b = svgBox(t, inset);
  return { width: b.width, height: b.height, transform: `translate(${b.x}px, ${b.y}px)` };
};

export function TreemapSvg(props: TreemapSvgProps) {
  const {
    idPrefix,
    layout,
    zoom,
    selected,
    topicFill,
    themeFill,
    tabStop,
    interactive = false,
    onActivate,
    onKeyDown,
    onHover,
    className,
    scheme = "light",
  } = props;
  const gap = SCHEME_COLORS[scheme].gap;
  const topicsOf = (slug: string) => layout.topics.filter((t) => t.theme === slug);
  const labels = new Map(layout.topics.map((t) => [t.slug, tileLabel(t, t.name, t.videoCount, t.share)]));
  const handlers = (kind: "theme" | "topic", slug: string, text: string) =>
    interactive
      ? {
          onClick: (e: React.MouseEvent) => {
            e.stopPropagation();
            onActivate?.(kind, slug);
          },
          onKeyDown: (e: KeyboardEvent<SVGGElement>) => onKeyDown?.(e, kind, slug),
          onPointerMove: (e: PointerEvent<SVGGElement>) => {
            e.stopPropagation();
            onHover?.(e, text);
          },
          onPointerLeave: () => onHover?.(null),
        }
      : {};

  return (
    <svg
      role="tree"
      aria-label={
        zoom
          ? `Treemap of the topics of ${layout.themes.find((t) => t.slug === zoom)?.name}, sized by videos`
          : `Treemap of ${layout.themes.length} themes and ${layout.topics.length} topics, sized by videos`
      }
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      height={layout.height}
      className={className}
      fontFamily="Inter, ui-sans-serif, system-ui, sans-serif"
      style={{ overflow: "hidden", display: "block" }}
    >
      {layout.themes.map((theme) => {
        const hidden = zoom !== null && zoom !== theme.slug;
        const fill = themeFill(theme);
        const bandBox = box({ ...theme, y1: theme.y0 + theme.header });
        const themeFocus = box(theme, 6);
        const themeText =
          `${theme.name}: ${theme.videoCount} videos, ` +
          `${formatShare(theme.share)}, ${theme.topicSlugs.length} ` +
          `${theme.topicSlugs.length === 1 ? "topic" : "topics"}`;
        const focusable = interactive && !hidden && zoom === null;
        return (
          <g
            key={theme.slug}
            role="treeitem"
            aria-level={1}
            aria-label={themeText}
            aria-expanded={zoom === theme.slug}
            aria-hidden={hidden || undefined}
            data-slug={theme.slug}
            data-kind="theme"
            className={`tm-tile ${interactive && zoom === null ? "cursor-zoom-in" : ""}`}
            tabIndex={focusable ? (tabStop === `theme:${theme.slug}` ? 0 : -1) : undefined}
            {...(focusable ? handlers("theme", theme.slug, themeText) : {})}
          >
            {theme.header > 0 && (
              <g className="tm-anim" style={{ transform: bandBox.transform }}>
                <rect
                  className="tm-anim tm-gap"
                  style={{ width: bandBox.width, height: bandBox.height }}
                  width={bandBox.width}
                  height={bandBox.height}
                  fill={fill}
                  stroke={gap}
                  strokeWidth={2}
                />
              </g>
            )}
            <g role="group">
              {topicsOf(theme.slug).map((topic) => {
                const label = labels.get(topic.slug)!;
                const fillTopic = topicFill(topic);
                const ink = textColorOn(fillTopic);
                const b = box(topic);
                const selectedRing = box(topic, 4);
                const focusRing = box(topic, 6);
                const isSelected = selected === topic.slug;
                const topicFocusable = interactive && zoom === theme.slug;
                return (
                  <g
                    key={topic.slug}
                    role="treeitem"
                    aria-level={2}
                    aria-label={label.full}
                    aria-selected={isSelected}
                    data-slug={topic.slug}
                    data-kind="topic"
                    className={`tm-tile tm-anim ${interactive ? "cursor-pointer" : ""}`}
                    style={{ transform: b.transform }}
                    tabIndex={topicFocusable ? (tabStop === `topic:${topic.slug}` ? 0 : -1) : undefined}
                    {...(topicFocusable
                      ? handlers("topic", topic.slug, label.full)
                      : interactive
                        ? {
                            onPointerMove: (e: PointerEvent<SVGGElement>) => {
                              e.stopPropagation();
                              onHover?.(e, label.full);
                            },
                            onPointerLeave: () => onHover?.(null),
                          }
                        : {})}
                  >
                    <rect
                      className="tm-anim tm-gap"
                      style={{ width: b.width, height: b.height }}
                      width={b.width}
                      height={b.height}
                      fill={fillTopic}
                      stroke={gap}
                      strokeWidth={2}
                    />
                    {isSelected && (
                      <rect
                        className="tm-anim tm-selected"
                        style={{ width: selectedRing.width, height: selectedRing.height }}
                        x={2}
                        y={2}
                        width={selectedRing.width}
                        height={selectedRing.height}
                        fill="none"
                        stroke={ink}
                        strokeWidth={3}
                        strokeDasharray="6 3"
                      />
                    )}
                    <rect
                      className="tm-anim tm-focus"
                      style={{ width: focusRing.width, height: focusRing.height }}
                      x={3}
                      y={3}
                      width={focusRing.width}
                      height={focusRing.height}
                      fill="none"
                    />
                  </g>
                );
              })}
            </g>
            <g className="tm-anim" style={{ transform: themeFocus.transform }} aria-hidden="true">
              <rect
                className="tm-anim tm-focus"
                style={{ width: themeFocus.width, height: themeFocus.height }}
                x={3}
                y={3}
                width={themeFocus.width}
                height={themeFocus.height}
                fill="none"
              />
            </g>
          </g>
        );
      })}
      {/* Labels: on top of every tile, moving with it, never hit by the pointer. */}
      <g aria-hidden="true" pointerEvents="none">
        {layout.themes.map((theme) => {
          const band = { ...theme, y1: theme.y0 + theme.header };
          const themeLabel = theme.header > 0 ? themeBandLabel(band, theme.name, theme.videoCount) : "";
          return (
            <g key={theme.slug} data-labels={theme.slug}>
              {themeLabel && (
                <g className="tm-anim" style={{ transform: box(band).transform }}>
                  <text
                    x={LABEL_PADDING}
                    y={theme.header - 7}
                    fontSize={12}
                    fontWeight={600}
                    fill={textColorOn(themeFill(theme))}
                  >
                    {themeLabel}
                  </text>
                </g>
              )}
              {topicsOf(theme.slug).map((topic) => {
                const label = labels.get(topic.slug)!;
                if (!label.name && !label.figure) return null;
                const ink = textColorOn(topicFill(topic));
                const b = box(topic);
                return (
                  <g key={topic.slug} className="tm-anim" style={{ transform: b.transform }}>
                    <clipPath id={`${idPrefix}-clip-${topic.slug}`}>
                      <rect
                        className="tm-anim"
                        style={{ width: b.width, height: b.height }}
                        width={b.width}
                        height={b.height}
                      />
                    </clipPath>
                    <g clipPath={`url(#${idPrefix}-clip-${topic.slug})`}>
                      {label.name && (
                        <text
                          x={LABEL_PADDING}
                          y={LABEL_PADDING + label.fontSize}
                          fontSize={label.fontSize}
                          fontWeight={600}
                          fill={ink}
                        >
                          {label.name}
                        </text>
                      )}
                      {label.figure && (
                        <text
                          x={LABEL_PADDING}
                          y={LABEL_PADDING + label.fontSize * 2 + 4}
                          fontSize={label.fontSize - 1}
                          fill={ink}
                        >
                          {label.figure}
                        </text>
                      )}
                    </g>
                  </g>
                );
              })}
            </g>
          );
        })}
      </g>
    </svg>
  );
}
