import { IntentLink as Link } from "@/components/IntentLink";
import type { PlanModel } from "@/lib/domain/plan/build";
import { PRESET_LABEL, PRESET_NOTE } from "@/lib/domain/plan/presets";
import { RelationBadge } from "./RelationBadge";

/** Starting points: our editorial presets, each a plain plan link, with the reported pairs behind its topics. */
export function PlanPresets({ plan }: { plan: PlanModel }) {
  const nameOf = new Map(plan.topics.map((t) => [t.slug, t.name]));
  return (
    <div aria-labelledby="presets-heading" role="group" data-testid="plan-presets">
      <div className="flex flex-wrap items-baseline gap-2">
        <h3 id="presets-heading" className="font-semibold">
          Start from a kind of project
        </h3>
        <span
          className={
            "inline-flex items-center rounded-full border border-amber-300 bg-amber-50 px-2 py-0.5 text-xs " +
            "font-medium text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200"
          }
        >
          {PRESET_LABEL}s
        </span>
      </div>
      <p className="mt-1 max-w-3xl text-sm text-slate-600 dark:text-slate-400">{PRESET_NOTE}</p>
      <ul className="mt-3 grid gap-3 md:grid-cols-3">
        {plan.presets.map((p) => (
          <li
            key={p.slug}
            className="rounded-lg border border-slate-200 p-4 dark:border-slate-800"
            data-testid="plan-preset"
          >
            <Link href={p.href} className="font-medium text-sky-700 hover:underline dark:text-sky-400">
              {p.name}
            </Link>
            <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{p.description}</p>
            <details className="mt-2 text-sm">
              <summary className="cursor-pointer text-slate-600 dark:text-slate-400">
                {p.topics.length} topics, and why
              </summary>
              <ul className="mt-2 space-y-1.5">
                <li>
                  <span className="font-medium">{nameOf.get(p.topics[0])}</span>{" "}
                  <span className="text-slate-600 dark:text-slate-400">(where it starts)</span>
                </li>
                {p.reasons.map((r) => (
                  <li key={r.topic} title={r.sentence ?? undefined}>
                    <span className="font-medium">{nameOf.get(r.topic)}</span> <RelationBadge kind={r.kind} />{" "}
                    <span className="text-slate-600 dark:text-slate-400">
                      {nameOf.get(r.with)}: <span className="tabular-nums">{r.count}</span> joint videos, reported
                      {r.inconsistent && " (inconsistent in the source)"}
                    </span>
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}
