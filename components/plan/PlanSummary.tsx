import { IntentLink as Link } from "@/components/IntentLink";
import type { PlanModel } from "@/lib/domain/plan/build";
import { planSummary } from "@/lib/domain/plan/summary";
import { relationOf } from "@/lib/domain/plan/relation";
import { RelationBadge } from "./RelationBadge";

const linkClass = "font-medium text-sky-700 hover:underline dark:text-sky-400";

/** The plan's sections, for the table of contents (ids of the page's sections). */
export function planContents(plan: PlanModel): Array<{ id: string; label: string }> {
  return [
    { id: "picks", label: `Topics in this plan (${plan.picks.length})` },
    { id: "suggestions", label: `What else to consider (${plan.suggestions.length})` },
    { id: "phases", label: "Lifecycle coverage" },
    { id: "considerations", label: "Engineering considerations" },
    ...(plan.quotes.length ? [{ id: "quotes", label: "What practitioners said" }] : []),
  ];
}

/** Above the fold: the strongest reported companions, the phases not yet covered, the considerations that apply. */
export function PlanSummary({ plan }: { plan: PlanModel }) {
  const summary = planSummary(plan);
  const nameOf = new Map(plan.topics.map((t) => [t.slug, t.name]));
  return (
    <section
      aria-labelledby="summary-heading"
      className={
        "mb-6 grid gap-5 rounded-xl border border-sky-200 bg-sky-50/60 p-5 lg:grid-cols-[minmax(0,1fr)_15rem] " +
        "dark:border-sky-900 dark:bg-sky-950/30"
      }
      data-testid="plan-summary"
    >
      <div className="min-w-0">
        <h2 id="summary-heading" className="text-lg font-semibold">
          What to look at first
        </h2>
        <dl className="mt-3 space-y-3 text-sm">
          <div>
            <dt className="font-medium text-slate-900 dark:text-white">Strongest reported companions</dt>
            <dd className="mt-1">
              {summary.companions.length === 0 ? (
                <span className="text-slate-600 dark:text-slate-400">The paper reports no pair with these picks.</span>
              ) : (
                <ol className="space-y-1" data-testid="summary-companions">
                  {summary.companions.map((c) => (
                    <li key={c.slug} className="flex flex-wrap items-baseline gap-x-2">
                      <Link href={`#suggestion-${c.slug}`} className={linkClass}>
                        {c.name}
                      </Link>{" "}
                      <RelationBadge kind={c.kind} />{" "}
                      <span className="text-slate-700 dark:text-slate-300">
                        {relationOf(c.kind).joiner} {nameOf.get(c.with)} ·{" "}
                        <span className="tabular-nums">{c.count}</span> joint videos
                        {c.inconsistent && " (inconsistent in the source)"}
                      </span>
                    </li>
                  ))}
                </ol>
              )}
            </dd>
          </div>
          <div>
            <dt className="font-medium text-slate-900 dark:text-white">
              Lifecycle phases not yet covered ({summary.uncoveredPhases.length} of {summary.phaseTotal}, editorial
              mapping)
            </dt>
            <dd className="mt-1" data-testid="summary-uncovered">
              {summary.uncoveredPhases.length === 0
                ? "None: the picks touch every phase."
                : summary.uncoveredPhases.map((p, i) => (
                    <span key={p.slug}>
                      {i > 0 && ", "}
                      <Link href={`/phases/${p.slug}`} className={linkClass}>
                        {p.name}
                      </Link>
                    </span>
                  ))}
            </dd>
          </div>
          <div>
            <dt className="font-medium text-slate-900 dark:text-white">
              Considerations that apply ({summary.considerations.length} of {summary.considerationTotal}, editorial
              mapping)
            </dt>
            <dd className="mt-1" data-testid="summary-considerations">
              {summary.considerations.length === 0
                ? "None of the picks maps to a consideration."
                : summary.considerations.map((c, i) => (
                    <span key={c.slug}>
                      {i > 0 && ", "}
                      <Link href={`/considerations/${c.slug}`} className={linkClass}>
                        {c.name}
                      </Link>
                    </span>
                  ))}
            </dd>
          </div>
        </dl>
      </div>
      <nav aria-labelledby="contents-heading" className="text-sm no-print" data-testid="plan-contents">
        <h2 id="contents-heading" className="font-semibold">
          On this page
        </h2>
        <ol className="mt-2 space-y-1">
          {planContents(plan).map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`} className={linkClass}>
                {s.label}
              </a>
            </li>
          ))}
        </ol>
      </nav>
    </section>
  );
}
