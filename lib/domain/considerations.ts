/**
 * Wording rules for the engineering considerations, used by pages, the plan, the Markdown
 * export, the citation (lib/domain/citation) and the API docs alike (one sentence per concept).
 */

/** What every consideration without a topic mapping says, instead of a forced mapping. */
export const UNMAPPED_SENTENCE = "The practitioner videos do not single this out.";

/** How the considerations' source is described wherever it is cited. */
export function describeGuide(guide: { title: string }): string {
  return `“${guide.title}”, a guide page (no author, publication date or URL given)`;
}

export const CONSIDERATION_MAPPING_TITLE =
  "Our own mapping: the guide page and the practitioner study do not map considerations to topics";
