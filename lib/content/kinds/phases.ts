/** phases.yaml: the six lifecycle phases (Rao et al.). */
import { PhasesFile, type PhaseEntry } from "../../schemas/content";
import type { ContentIssue } from "../issues";
import { checkSlugMatchesName, checkUniquePositions, checkUniqueSlugs, parseYaml, validateList } from "../validate";

export const FILE = "phases.yaml";

export function readPhases(text: string, issues: ContentIssue[]): PhaseEntry[] | undefined {
  return validateList(FILE, parseYaml(FILE, text, issues), PhasesFile, issues);
}

export function checkPhaseSlugs(phases: PhaseEntry[], issues: ContentIssue[]) {
  checkUniqueSlugs(() => FILE, phases, "phase", issues);
}

export function checkPhaseNames(phases: PhaseEntry[], issues: ContentIssue[]) {
  for (const p of phases) checkSlugMatchesName(FILE, p.slug, p.name, issues);
}

/** Every phase needs a topic; skipped (`mapped` null) when some topic files are broken and could not say. */
export function checkPhasesMapped(phases: PhaseEntry[], mapped: Set<string> | null, issues: ContentIssue[]) {
  for (const p of mapped ? phases : []) {
    if (!mapped!.has(p.slug))
      issues.push({
        file: FILE,
        entry: p.slug,
        message: "no topic maps to this phase; every phase needs at least one topic",
      });
  }
}

export function checkPhasePositions(phases: PhaseEntry[], issues: ContentIssue[]) {
  checkUniquePositions(FILE, "phase", phases, issues);
}
