/**
 * What a compare link shows (/layers/compare and its Markdown record, /layers/compare.md): two stored layers,
 * or one against the evidence alone, read from the database and the catalogue. The rules are pure
 * (lib/domain/layers/compare.ts); this only looks things up.
 */
import { catalogue } from "../data";
import {
  compareLayers,
  compareProblem,
  compareWithEvidence,
  EVIDENCE_SIDE,
  type ComparedItem,
  type CompareQuery,
  type EvidenceRow,
  type SideLookup,
} from "../domain/layers/compare";
import { LAYER_ID_PATTERN } from "../domain/layers/http";
import { rankSuggestions } from "../domain/plan/suggestions";
import { findLayer, type StoredLayer } from "./store";

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

export function readCompareQuery(params: Params): CompareQuery {
  const first = (key: string) => {
    const v = params instanceof URLSearchParams ? params.get(key) : params[key];
    return (Array.isArray(v) ? v[0] : v) || null; // an empty value is no value: "missing" names it
  };
  return { a: first("a"), b: first("b") };
}

async function lookUp(id: string | null, evidenceAllowed: boolean): Promise<[SideLookup | null, StoredLayer | null]> {
  if (id === null || (evidenceAllowed && id === EVIDENCE_SIDE)) return [null, null];
  if (!LAYER_ID_PATTERN.test(id)) return ["malformed", null];
  const found = await findLayer(id);
  return found.state === "found" ? ["found", found.layer] : [found.state, null];
}

export type Comparison =
  | { kind: "problem"; status: 400 | 404 | 410; message: string }
  | { kind: "layers"; a: StoredLayer; b: StoredLayer; rows: ComparedItem[] }
  | { kind: "evidence"; a: StoredLayer; rows: EvidenceRow[]; datasetVersion: string };

export async function loadComparison(query: CompareQuery): Promise<Comparison> {
  const [[aState, a], [bState, b]] = await Promise.all([lookUp(query.a, false), lookUp(query.b, true)]);
  const problem = compareProblem(query, { a: aState, b: bState });
  if (problem) return { kind: "problem", ...problem };
  if (b) return { kind: "layers", a: a!, b, rows: compareLayers(a!.layer, b.layer) };
  const reader = catalogue();
  const [topics, cooccurrence, version] = await Promise.all([
    reader.topics(),
    reader.cooccurrence(),
    reader.datasetVersion(),
  ]);
  const evidenceTopics = topics.map((t) => ({ slug: t.slug, name: t.name, videoCount: t.videoCount, share: t.share }));
  const picks = a!.layer.items.filter((i) => i.kind === "topic" && i.picked !== false).map((i) => i.slug);
  const { suggestions } = rankSuggestions(picks, evidenceTopics, cooccurrence.pairs);
  return {
    kind: "evidence",
    a: a!,
    rows: compareWithEvidence(a!.layer, evidenceTopics, suggestions),
    datasetVersion: version.version,
  };
}
