/**
 * Starting points: a few kinds of LLM project, each a plain plan link. They are OUR editorial presets — the paper
 * names no project kinds — and every topic after the first is in a preset only because the paper reports a pair
 * joining it to a topic listed before it (`presetJustification`; tests/unit/plan-presets.test.ts holds every preset
 * to that against content/pairs.yaml). Their `searchTerms` are our words for such projects (the paper's words for a
 * topic are that topic's keywords); search finds a preset by its name and its terms.
 */
import { pairKey } from "../pairs";
import type { PairKind } from "../paper/pair-kind";
import { planPath } from "./url";
import type { PlanPair } from "./suggestions";

export interface PlanPreset {
  slug: string;
  name: string;
  /** What kind of project it is, in our words. */
  description: string;
  /** The plan's topics; the first is the one the others are justified against (directly or through another). */
  topics: readonly string[];
  /** Our search terms for this kind of project (never the paper's words). */
  searchTerms: readonly string[];
}

/** Said wherever a preset is shown: whose it is. */
export const PRESET_LABEL = "Our preset";
export const PRESET_NOTE =
  "Starting points are our own editorial presets, not the paper's: it names no project kinds. Each topic is in a " +
  "preset because the paper reports joint videos between it and a topic listed before it.";

export const PLAN_PRESETS: readonly PlanPreset[] = [
  {
    slug: "rag-support-chatbot",
    name: "RAG support chatbot",
    description: "A chat assistant that answers customers' or employees' questions from your own documents.",
    topics: [
      "rag-systems",
      "evaluation",
      "prompt-engineering",
      "user-interfaces",
      "context-length",
      "memory",
      "application-security",
    ],
    searchTerms: ["customer support", "support bot", "help desk", "helpdesk", "FAQ bot", "knowledge base", "Q&A bot"],
  },
  {
    slug: "agentic-assistant",
    name: "Agentic assistant",
    description: "An assistant or copilot that plans steps and calls tools on its own to complete tasks.",
    topics: ["agents", "rag-systems", "evaluation", "tools-and-landscape"],
    searchTerms: ["assistant", "copilot", "AI assistant", "agentic", "tool use", "task automation"],
  },
  {
    slug: "fine-tuned-domain-model",
    name: "Fine-tuned domain model",
    description: "Your own model, fine-tuned on domain data, served behind an application.",
    topics: ["fine-tuning", "evaluation", "prompt-engineering", "rag-systems", "tools-and-landscape"],
    searchTerms: ["domain model", "domain-specific model", "custom model", "specialised model", "specialized model"],
  },
];

export function presetPath(preset: Pick<PlanPreset, "topics">): string {
  return planPath(preset.topics);
}

/** Why a topic is in a preset: the strongest reported pair joining it to a topic listed before it. */
export interface PresetReason {
  topic: string;
  with: string;
  count: number;
  kind: PairKind | null;
  sentence: string | null;
  inconsistent: boolean;
}

export interface PresetJustification {
  reasons: PresetReason[];
  /** Topics (after the first) that no reported pair joins to an earlier one: a preset must have none. */
  unjustified: string[];
}

export function presetJustification(
  preset: Pick<PlanPreset, "topics">,
  pairs: readonly PlanPair[],
): PresetJustification {
  const reported = new Map(
    pairs.filter((p) => p.provenance === "reported" && p.count !== null).map((p) => [pairKey(p.a, p.b), p]),
  );
  const reasons: PresetReason[] = [];
  const unjustified: string[] = [];
  preset.topics.forEach((topic, i) => {
    if (i === 0) return;
    const best = preset.topics
      .slice(0, i)
      .map((earlier) => ({ earlier, pair: reported.get(pairKey(topic, earlier)) }))
      .filter((x): x is { earlier: string; pair: PlanPair } => x.pair !== undefined)
      // Prefer consistent counts, then the larger one.
      .sort((x, y) => Number(x.pair.note !== null) - Number(y.pair.note !== null) || y.pair.count! - x.pair.count!)[0];
    if (!best) unjustified.push(topic);
    else
      reasons.push({
        topic,
        with: best.earlier,
        count: best.pair.count!,
        kind: best.pair.kind,
        sentence: best.pair.evidence,
        inconsistent: best.pair.note !== null,
      });
  });
  return { reasons, unjustified };
}
