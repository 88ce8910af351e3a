import { PAIR_KIND, type PairKind } from "@/lib/domain/paper/pair-kind";

/** The paper's group of a reported pair (Section IV-B), as a small badge; nothing for pairs it does not group. */
export function PairKindBadge({ kind }: { kind: PairKind | null | undefined }) {
  if (!kind) return null;
  const info = PAIR_KIND[kind];
  return (
    <span
      className={
        "rounded bg-violet-50 px-1.5 py-0.5 text-xs text-violet-900 ring-1 " +
        "ring-violet-200 dark:bg-violet-950 dark:text-violet-200 " +
        "dark:ring-violet-800"
      }
      title={`Reported under “${info.heading}” (Mailach et al., §IV-B)`}
      data-testid="pair-kind"
      data-kind={kind}
    >
      {info.label}
    </span>
  );
}

/** What the kinds present mean: the paper's heading and sentence, and our one-line reading. */
export function PairKindLegend({ kinds }: { kinds: ReadonlyArray<PairKind | null | undefined> }) {
  const present = (Object.keys(PAIR_KIND) as PairKind[]).filter((k) => kinds.includes(k));
  if (present.length === 0) return null;
  return (
    <div className="mt-4 text-xs text-slate-600 dark:text-slate-400" data-testid="pair-kind-legend">
      <p>The paper groups the co-occurrences it reports under three headings (§IV-B):</p>
      <dl className="mt-1 space-y-1">
        {present.map((k) => (
          <div key={k}>
            <dt className="inline font-semibold text-slate-700 dark:text-slate-300">{PAIR_KIND[k].label}:</dt>{" "}
            <dd className="inline">
              under “{PAIR_KIND[k].heading}” — “{PAIR_KIND[k].sentence}”
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
