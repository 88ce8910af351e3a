/**
 * The canonical URLs of the views links name most: every treemap view, every heatmap view and every plan of
 * one or two topics, listed from the pages' own rule (each is kept only when canonicalViewUrl gives it back
 * unchanged). The nginx front answers these from its proxy cache after a map lookup, without running the
 * redirect rule (server/nginx-config.ts); a canonical URL missing from the list (a plan of three topics) still
 * gets the right answer, only through the rule.
 */
import { MEASURES } from "../heatmap/matrix";
import { ORDERINGS } from "../heatmap/order";
import { HEATMAP_VIEWS } from "../heatmap/url";
import { planPath } from "../plan/url";
import { COLOR_MODES, VIEW_MODES } from "../treemap/url";
import { canonicalViewUrl, heatmapViewUrl, treemapViewUrl, type ViewCatalogue } from "./canonical";

export function listedViewUrls(catalogue: ViewCatalogue): string[] {
  const themes = [null, ...catalogue.themes.map((t) => t.slug)];
  const topics = catalogue.topics.map((t) => t.slug);
  const candidates: string[] = [];
  for (const zoom of themes)
    for (const topic of [null, ...topics])
      for (const color of COLOR_MODES)
        for (const view of VIEW_MODES) candidates.push(treemapViewUrl({ zoom, topic, color, view }));
  const cells = [null, ...topics.flatMap((row) => topics.map((col): [string, string] => [row, col]))];
  for (const cell of cells)
    for (const order of ORDERINGS)
      for (const value of MEASURES)
        for (const view of HEATMAP_VIEWS) candidates.push(heatmapViewUrl({ cell, order, value, view }));
  // Plans of none, one or two topics (1 + 20 + 20 × 19 for 20 topics; a pair of one topic is not canonical).
  candidates.push(planPath([]));
  for (const first of topics) {
    candidates.push(planPath([first]));
    for (const second of topics) candidates.push(planPath([first, second]));
  }
  return [...new Set(candidates)].filter((url) => canonicalViewUrl(url, catalogue) === url);
}
