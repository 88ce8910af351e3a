/**
 * What the heatmap explorer needs of a theme and a topic. Pages pass only these fields: every
 * prop of a client component is repeated in the page's inline data, and the full records carry
 * summaries and search keywords the chart never shows.
 */
import type { Theme, Topic } from "../../schemas/api";

export type HeatmapTheme = Pick<Theme, "slug" | "name" | "position">;
export type HeatmapTopic = Pick<Topic, "slug" | "name" | "theme" | "videoCount">;

export const heatmapTheme = ({ slug, name, position }: Theme): HeatmapTheme => ({ slug, name, position });
export const heatmapTopic = ({ slug, name, theme, videoCount }: Topic): HeatmapTopic => ({
  slug,
  name,
  theme,
  videoCount,
});
