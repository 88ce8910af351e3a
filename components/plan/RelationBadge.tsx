import type { PairKind } from "@/lib/domain/paper/pair-kind";
import { relationOf, relationSource } from "@/lib/domain/plan/relation";

const TONE: Record<PairKind | "none", string> = {
  architecture:
    "border-emerald-300 bg-emerald-50 text-emerald-900 " +
    "dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-200",
  alternatives:
    "border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200",
  tools: "border-sky-300 bg-sky-50 text-sky-900 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-200",
  none: "border-slate-300 bg-slate-50 text-slate-800 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200",
};

/** "comes with" / "alternative to weigh" / "tooling": how a suggestion relates to its pick, by the pair's kind. */
export function RelationBadge({ kind }: { kind: PairKind | null }) {
  const relation = relationOf(kind);
  const source = relationSource(kind);
  return (
    <span
      className={`inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-medium ${TONE[kind ?? "none"]}`}
      title={`${relation.advice}${source ? ` (${source})` : ""}`}
      data-testid="relation-badge"
      data-kind={kind ?? "none"}
    >
      {relation.label}
    </span>
  );
}
