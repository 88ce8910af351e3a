import type { PlanSentence } from "@/lib/domain/plan/suggestions";

/**
 * The paper's sentence behind a suggestion, shown once: on the first card it supports, with the other suggestions
 * it reports; the other cards point to that card.
 */
export function SuggestionSentence({
  slug,
  sentence,
  nameOf,
}: {
  slug: string;
  sentence: PlanSentence;
  nameOf: ReadonlyMap<string, string>;
}) {
  if (sentence.shownWith !== slug)
    return (
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400" data-testid="sentence-ref">
        Reported in the sentence quoted under{" "}
        <a href={`#suggestion-${sentence.shownWith}`} className="underline hover:text-sky-700 dark:hover:text-sky-400">
          {nameOf.get(sentence.shownWith)}
        </a>{" "}
        (Mailach et al., §IV-B).
      </p>
    );
  return (
    <>
      <blockquote
        className={
          "mt-2 border-l-2 border-slate-200 pl-3 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400"
        }
        data-testid="suggestion-evidence"
      >
        “{sentence.sentence}” <span className="whitespace-nowrap">— Mailach et al., §IV-B</span>
      </blockquote>
      {sentence.supports.length > 1 && (
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400" data-testid="sentence-supports">
          This sentence reports {sentence.supports.length} of these suggestions:{" "}
          {sentence.supports.map((x) => `${nameOf.get(x.topic)} (${x.count})`).join(", ")}.
        </p>
      )}
    </>
  );
}
