import type { EntryChange, EntryKind } from "@/lib/domain/release/compare";
import type { WordPart } from "@/lib/domain/release/words";

const KIND_LABEL: Record<EntryKind, string> = {
  dataset: "Dataset",
  source: "Source",
  guide: "Guide page",
  theme: "Theme",
  topic: "Topic",
  phase: "Phase",
  pair: "Reported pair",
  consideration: "Consideration",
  conclusion: "Conclusion of the paper",
  limit: "Limit of the method",
};

/**
 * A word-level diff: removed words struck through, added words marked, both named for screen readers by hidden text
 * (ARIA does not allow a label on deletion and insertion).
 */
export function WordDiff({ parts }: { parts: WordPart[] }) {
  return (
    <span className="leading-7">
      {parts.map((p, i) => {
        const space = i > 0 ? " " : "";
        if (p.op === "same")
          return (
            <span key={i}>
              {space}
              {p.text}
            </span>
          );
        return p.op === "removed" ? (
          <span key={i}>
            {space}
            <del className="bg-rose-100 text-rose-900 decoration-rose-700 dark:bg-rose-950 dark:text-rose-200">
              <span className="sr-only">removed: </span>
              {p.text}
            </del>
          </span>
        ) : (
          <span key={i}>
            {space}
            <ins className="bg-emerald-100 text-emerald-900 no-underline dark:bg-emerald-950 dark:text-emerald-100">
              <span className="sr-only">added: </span>
              {p.text}
            </ins>
          </span>
        );
      })}
    </span>
  );
}

const value = (v: string | number | null) => (v === null ? "—" : String(v));

/** Every change between two versions, entry by entry: status, figures old → new, mappings, word-diffed texts. */
export function EntryChanges({ changes, openTexts }: { changes: EntryChange[]; openTexts: boolean }) {
  return (
    <ul className="mt-3 space-y-3 text-sm" data-testid="changes">
      {changes.map((c) => (
        <li key={`${c.kind}:${c.slug}`} data-kind={c.kind} data-slug={c.slug} data-status={c.status}>
          <p>
            <span className="font-medium">
              {KIND_LABEL[c.kind]} “{c.name}”
            </span>
            {c.status !== "changed" && <span> {c.status}</span>}
            {c.previousName && <span> (renamed from “{c.previousName}”)</span>}
          </p>
          {(c.figures.length > 0 || c.mappings.length > 0 || c.texts.length > 0) && (
            <ul className="mt-1 space-y-1 border-l-2 border-slate-200 pl-3 dark:border-slate-700">
              {c.figures.map((f) => (
                <li key={f.field} data-testid="figure-change">
                  {f.field}: <span className="tabular-nums">{value(f.before)}</span> →{" "}
                  <span className="tabular-nums">{value(f.after)}</span>
                </li>
              ))}
              {c.mappings.map((m) => (
                <li key={m.field} data-testid="mapping-change">
                  {m.field}:{" "}
                  {m.added.length > 0 && (
                    <span>
                      added {m.added.join("; ")}
                      {m.removed.length > 0 && "; "}
                    </span>
                  )}
                  {m.removed.length > 0 && <span>removed {m.removed.join("; ")}</span>}
                </li>
              ))}
              {c.texts.map((t) => (
                <li key={t.field} data-testid="text-change">
                  <details open={openTexts}>
                    <summary className="cursor-pointer">{t.field}</summary>
                    <p className="mt-1 max-w-prose text-slate-800 dark:text-slate-200">
                      <WordDiff parts={t.diff} />
                    </p>
                  </details>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
