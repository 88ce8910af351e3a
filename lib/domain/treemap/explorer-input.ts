/**
 * What the treemap (page, table, details, exports) needs of a theme and a topic. Pages pass only
 * these fields: every prop of a client component is repeated in the page's inline data, and the
 * chart never shows a theme's summary or a topic's search keywords.
 */
import type { Theme, Topic } from "../../schemas/api";

export type TreemapTheme = Omit<Theme, "summary">;
export type TreemapTopic = Omit<Topic, "keywords">;

export const treemapTheme = ({ summary: _summary, ...theme }: Theme): TreemapTheme => theme;
export const treemapTopic = ({ keywords: _keywords, ...topic }: Topic): TreemapTopic => topic;
