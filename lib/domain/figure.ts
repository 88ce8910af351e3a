/**
 * What an exported chart says about itself, as Our World in Data's downloads do: a title, the
 * view it shows, a source line (the paper, the dataset version, our URL) and the licence. The
 * same lines head the SVG/PNG and, as comment lines, the CSV.
 */
import { estimateTextWidth } from "./label-fit";
import { CONTENT_LICENCE, STUDY_ATTRIBUTION } from "./licence";
import { MEASURE_LABEL, type Measure } from "./heatmap/matrix";
import { ORDERING_LABEL, type Ordering } from "./heatmap/order";

/** The licence line of every export, from the one licence statement (lib/domain/licence). */
export const LICENCE_LINE =
  `Licence: ${CONTENT_LICENCE.name.replaceAll("-", " ")} (our text); ` + `figures and quotes: ${STUDY_ATTRIBUTION}`;
export const STUDY_CITATION =
  "Mailach et al., “Themes of Building LLM-based Applications for Production: A Practitioner’s View”, arXiv 2411.08574";

export interface FigureMeta {
  title: string;
  /** The view: ordering, measure, zoom, selection, colouring. */
  view: string;
  source: string;
  licence: string;
}

export function sourceLine(datasetVersion: string, url: string): string {
  return `Source: ${STUDY_CITATION} · LLM Engineering Knowledge Map, dataset v${datasetVersion} · ${url}`;
}

export function heatmapFigureMeta(input: {
  order: Ordering;
  measure: Measure;
  selection: { a: string; b: string; value: string } | null;
  datasetVersion: string;
  url: string;
}): FigureMeta {
  const view = [`Ordered ${ORDERING_LABEL[input.order].toLowerCase()}`, `value: ${MEASURE_LABEL[input.measure]}`];
  if (input.selection) view.push(`selected: ${input.selection.a} × ${input.selection.b} (${input.selection.value})`);
  return {
    title: "Which practitioner topics come up together (co-occurrence of 20 topics in 189 videos)",
    view: view.join(" · "),
    source: sourceLine(input.datasetVersion, input.url),
    licence: LICENCE_LINE,
  };
}

export function treemapFigureMeta(input: {
  zoomedTheme: string | null;
  selectedTopic: string | null;
  color: "theme" | "phase";
  datasetVersion: string;
  url: string;
}): FigureMeta {
  const view = [
    input.zoomedTheme ? `Zoomed into ${input.zoomedTheme}` : "All themes",
    input.color === "phase" ? "coloured by first lifecycle phase (editorial mapping)" : "coloured by theme",
  ];
  if (input.selectedTopic) view.push(`selected: ${input.selectedTopic}`);
  return {
    title: "What practitioners discuss about LLMs in production: themes and topics by number of videos",
    view: [...view, "tile area ∝ videos"].join(" · "),
    source: sourceLine(input.datasetVersion, input.url),
    licence: LICENCE_LINE,
  };
}

/** The metadata as CSV comment lines ("# …"), for the top of a CSV export. */
export function csvMetaHeader(meta: FigureMeta): string {
  return (
    [meta.title, `View: ${meta.view}`, meta.source, meta.licence]
      .map((l) => `# ${l.replace(/[\r\n]+/g, " ")}`)
      .join("\r\n") + "\r\n"
  );
}

/** Greedy word wrap by estimated width: lines for an SVG, none wider than `maxWidth`. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && estimateTextWidth(candidate, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}
