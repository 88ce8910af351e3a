import { IntentLink as Link } from "@/components/IntentLink";
import type { LayerDocument, LayerStatus } from "@/lib/domain/layers/format";
import { entryKey, STATUS_LABEL, type LayerEntryInfo } from "@/lib/domain/layers/markdown";
import { statusCounts } from "@/lib/domain/layers/rules";
import { formatShare } from "@/lib/domain/share";

/** Colours of a status, light and dark (text on a tinted badge; contrast ≥ 4.5:1 in both themes). */
export const STATUS_BADGE: Record<LayerStatus, string> = {
  todo: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-100",
  addressed: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100",
  "accepted-risk": "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100",
  "not-relevant": "bg-zinc-200 text-zinc-800 dark:bg-zinc-700 dark:text-zinc-100",
};

export function StatusBadge({ status }: { status: LayerStatus }) {
  return (
    <span
      className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${STATUS_BADGE[status]}`}
      data-status={status}
    >
      {STATUS_LABEL[status]}
    </span>
  );
}

/** The counts of each decision, as a line of badges. */
export function StatusSummary({ layer }: { layer: LayerDocument }) {
  const counts = statusCounts(layer);
  return (
    <ul className="flex flex-wrap gap-2 text-sm" data-testid="layer-counts" aria-label="Decisions">
      {(Object.keys(counts) as LayerStatus[]).map((s) => (
        <li key={s} className="flex items-center gap-1">
          <StatusBadge status={s} /> <span className="tabular-nums">{counts[s]}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * A layer, read-only: each decision with its note and owner, topics then considerations. Notes are
 * rendered as React text (escaped), line breaks kept — never as HTML or Markdown.
 */
export function LayerView({ layer, entries }: { layer: LayerDocument; entries: Map<string, LayerEntryInfo> }) {
  return (
    <div className="space-y-8">
      {(
        [
          ["topic", "Topics"],
          ["consideration", "Engineering considerations"],
        ] as const
      ).map(([kind, heading]) => {
        const items = layer.items.filter((i) => i.kind === kind);
        if (items.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`layer-${kind}-heading`}>
            <h2 id={`layer-${kind}-heading`} className="text-lg font-semibold">
              {heading} ({items.length})
            </h2>
            <ul className="mt-3 divide-y divide-slate-200 dark:divide-slate-800">
              {items.map((item) => {
                const info = entries.get(entryKey(kind, item.slug));
                return (
                  <li key={item.slug} className="py-3" data-testid="layer-item" data-slug={item.slug}>
                    <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                      <StatusBadge status={item.status} />
                      <Link
                        href={`/${kind}s/${item.slug}`}
                        className="font-medium text-sky-700 hover:underline dark:text-sky-400"
                      >
                        {info?.name ?? item.slug}
                      </Link>
                      {info?.videoCount !== undefined && info.share !== undefined && (
                        <span className="text-sm tabular-nums text-slate-600 dark:text-slate-400">
                          {info.videoCount} videos · {formatShare(info.share)}
                        </span>
                      )}
                      {item.picked === false && (
                        <span className="text-xs text-slate-600 dark:text-slate-400">not picked in the plan</span>
                      )}
                    </div>
                    {item.owner.trim() && (
                      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300" data-testid="layer-owner">
                        Owner: {item.owner}
                      </p>
                    )}
                    {item.note.trim() && (
                      <p
                        className="mt-1 whitespace-pre-wrap break-words text-sm text-slate-800 dark:text-slate-200"
                        data-testid="layer-note"
                      >
                        {item.note}
                      </p>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
