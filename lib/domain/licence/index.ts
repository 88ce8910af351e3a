/**
 * The one statement of what may be reused under which terms, used by the footer, /about, every chart export,
 * the data package and /llms.txt. Our own text is CC BY 4.0; the code is MIT; quotes and figures are the
 * papers', attributed to them (not ours to license).
 */
export interface Licence {
  /** SPDX identifier. */
  name: string;
  title: string;
  path: string;
}

export const CONTENT_LICENCE: Licence = {
  name: "CC-BY-4.0",
  title: "Creative Commons Attribution 4.0 International",
  path: "https://creativecommons.org/licenses/by/4.0/",
};

export const CODE_LICENCE: Licence = {
  name: "MIT",
  title: "MIT License",
  path: "https://opensource.org/license/mit",
};

/** What CC BY 4.0 covers: the text we wrote. */
export const CONTENT_LICENCE_SCOPE = "summaries, descriptions, the topic–phase mapping and its rationales, keywords";

/** What it does not cover: what we copied from the papers. */
export const PAPER_MATERIAL = "quotes, video counts, shares and co-occurrence counts with their evidence sentences";

export const STUDY_ATTRIBUTION = "Mailach et al., arXiv:2411.08574";
export const PHASES_ATTRIBUTION = "Rao et al., arXiv:2506.23762";
/** The considerations' names: a guide page that names no author, date or address. */
export const GUIDE_ATTRIBUTION = "the online guide page “Software Engineering”";

/** The full sentence, for /about, README-like places and /llms.txt. */
export function licenceStatement(): string {
  return (
    `Our own text (${CONTENT_LICENCE_SCOPE}) is licensed under ${CONTENT_LICENCE.title} (${CONTENT_LICENCE.name}, ` +
    `${CONTENT_LICENCE.path}); the code under the ${CODE_LICENCE.title}. The ${PAPER_MATERIAL} are the sources' ` +
    `(${STUDY_ATTRIBUTION}; lifecycle phases from ${PHASES_ATTRIBUTION}; the names of the engineering ` +
    `considerations from ${GUIDE_ATTRIBUTION}), reproduced with attribution.`
  );
}

/** One line for a chart export (SVG/PNG footer, first line of a CSV): source, version, licence, attribution. */
export function exportNotice(siteUrl: string, version: string | undefined): string {
  const v = version ? `, dataset ${version}` : "";
  return (
    `LLM Engineering Knowledge Map (${siteUrl}${v}). Our text: ${CONTENT_LICENCE.name}. ` +
    `Figures and quotes: ${STUDY_ATTRIBUTION}.`
  );
}
