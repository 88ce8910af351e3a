/** themes.yaml: the paper's eight themes, their figures and where the paper says they come from. */
import { ThemesFile, type ThemeEntry } from "../../schemas/content";
import type { ContentIssue } from "../issues";
import {
  checkShare,
  checkSlugMatchesName,
  checkUniquePositions,
  checkUniqueSlugs,
  parseYaml,
  validateList,
} from "../validate";

export const FILE = "themes.yaml";

export function readThemes(text: string, issues: ContentIssue[]): ThemeEntry[] | undefined {
  return validateList(FILE, parseYaml(FILE, text, issues), ThemesFile, issues);
}

export function checkThemeSlugs(themes: ThemeEntry[], issues: ContentIssue[]) {
  checkUniqueSlugs(() => FILE, themes, "theme", issues);
}

export function checkThemes(themes: ThemeEntry[], denominator: number, issues: ContentIssue[]) {
  for (const t of themes) {
    checkSlugMatchesName(FILE, t.slug, t.name, issues);
    checkShare(FILE, t.slug, t.videoCount, t.share, denominator, issues);
    // A theme the paper places by origin says where; one it does not place quotes nothing.
    if (t.origin !== "not-classified" && !t.originEvidence) {
      issues.push({
        file: FILE,
        entry: t.slug,
        field: "originEvidence",
        message: `origin "${t.origin}" needs the paper's sentence that says so`,
      });
    }
    if (t.origin === "not-classified" && t.originEvidence) {
      issues.push({
        file: FILE,
        entry: t.slug,
        field: "originEvidence",
        message: "a theme the paper does not classify has no origin evidence",
      });
    }
  }
}

export function checkThemePositions(themes: ThemeEntry[], issues: ContentIssue[]) {
  checkUniquePositions(FILE, "theme", themes, issues);
}
