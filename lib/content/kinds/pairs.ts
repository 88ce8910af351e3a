/** pairs.yaml: the co-occurrence counts the paper reports (Section IV-B). */
import { canonicalPair, pairKey } from "../../domain/pairs";
import type { ReportedPair } from "../../domain/heatmap/cooccurrence";
import { PairsFile, type PairEntry } from "../../schemas/content";
import type { ContentIssue } from "../issues";
import { parseYaml, validateList } from "../validate";
import type { CatalogueTopic } from "./topics";

export const FILE = "pairs.yaml";

/** A reported pair as the catalogue holds it: the heatmap's own shape (kind absent before 1.2.0). */
export type CataloguePair = ReportedPair;

export function readPairs(text: string, issues: ContentIssue[]): PairEntry[] | undefined {
  return validateList(FILE, parseYaml(FILE, text, issues), PairsFile, issues);
}

export function checkPairs(
  pairs: PairEntry[],
  topics: CatalogueTopic[],
  topicSlugs: Set<string>,
  issues: ContentIssue[],
) {
  const pairKeys = new Set<string>();
  pairs.forEach((p, i) => {
    const entry = `${p.a} × ${p.b}`;
    for (const side of ["a", "b"] as const) {
      if (!topicSlugs.has(p[side]))
        issues.push({ file: FILE, entry, field: side, message: `unknown topic "${p[side]}"` });
    }
    if (p.a === p.b) issues.push({ file: FILE, entry, field: "b", message: "a pair needs two different topics" });
    const key = pairKey(p.a, p.b);
    if (pairKeys.has(key)) issues.push({ file: FILE, entry, message: `pair listed twice (entry #${i + 1})` });
    pairKeys.add(key);
    const ta = topics.find((t) => t.slug === p.a);
    const tb = topics.find((t) => t.slug === p.b);
    // Joint videos cannot outnumber either topic's videos. The paper does contradict itself
    // once (RAG × Model Size & Performance: 11 > 8); such a count is kept as reported only
    // with a note that says so, which the site shows next to it.
    if (ta && tb && p.count > Math.min(ta.videoCount, tb.videoCount) && !p.note) {
      issues.push({
        file: FILE,
        entry,
        field: "count",
        message:
          `${p.count} joint videos exceed the smaller topic's ` +
          `${Math.min(ta.videoCount, tb.videoCount)} videos; if the paper really ` +
          `says so, keep the count and explain in a note`,
      });
    }
  });
}

/** Each pair with its topics in canonical order. */
export function cataloguePairs(pairs: PairEntry[]): CataloguePair[] {
  return pairs.map((p) => {
    const [a, b] = canonicalPair(p.a, p.b);
    return { a, b, count: p.count, evidence: p.evidence, kind: p.kind, ...(p.note ? { note: p.note } : {}) };
  });
}
