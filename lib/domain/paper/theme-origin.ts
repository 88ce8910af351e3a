/**
 * Where a theme comes from, as the paper's introduction classifies them (Mailach et al., Section I): "some themes stem
 * from incorporation into a software system (e.g., Architecture & Design), some are already known from ML-enabled
 * software systems (e.g., Tools & Infrastructure and Monitoring), and some topics are entirely new to this extent
 * (e.g., Costs and Output Verification)". The paper names examples only; the themes it does not name are
 * `not-classified` — we do not place them ourselves. The one label map for theme origins.
 */
import { isOneOf } from "../one-of";

export const THEME_ORIGINS = ["software-integration", "known-from-ml", "new-to-this-extent", "not-classified"] as const;
export type ThemeOrigin = (typeof THEME_ORIGINS)[number];

export interface ThemeOriginInfo {
  /** Short label (ours, close to the paper's wording). */
  label: string;
  /** The paper's words for the group (verbatim, except for `not-classified`, which the paper has no words for). */
  paperWording: string | null;
  /** One line for theme pages, in our words. */
  description: string;
}

export const THEME_ORIGIN: Record<ThemeOrigin, ThemeOriginInfo> = {
  "software-integration": {
    label: "From building it into software",
    paperWording: "stem from incorporation into a software system",
    description: "The paper names this theme as one that stems from incorporating an LLM into a software system.",
  },
  "known-from-ml": {
    label: "Known from ML-enabled systems",
    paperWording: "already known from ML-enabled software systems",
    description: "The paper names this theme as one already known from ML-enabled software systems.",
  },
  "new-to-this-extent": {
    label: "New to this extent",
    paperWording: "entirely new to this extent",
    description: "The paper names this theme as an example of topics that are entirely new to this extent.",
  },
  "not-classified": {
    label: "Not classified by the paper",
    paperWording: null,
    description:
      "The paper's introduction sorts themes by where they come from only through examples; this theme is not " +
      "among them, so we do not place it.",
  },
};

export function isThemeOrigin(value: unknown): value is ThemeOrigin {
  return isOneOf(THEME_ORIGINS, value);
}
