"use client";

import { IntentLink as Link } from "@/components/IntentLink";
import { useQuery } from "@tanstack/react-query";
import { useAppQueryClient } from "@/components/hooks/useAppQueryClient";
import { fetchTopicDetail, fetchVideosForTopic, topicQueryKey } from "@/lib/api/client";
import {
  cellValue,
  formatValue,
  isImpossiblePair,
  MEASURE_LABEL,
  type CooccurrenceMatrix,
  type Measure,
} from "@/lib/domain/heatmap/matrix";
import { impossibleReason, PROVENANCE_LONG } from "@/lib/domain/heatmap/model";
import { PAIR_KIND } from "@/lib/domain/paper/pair-kind";
import { cellHref } from "@/lib/domain/pairs";
import { CiteControl } from "../CiteControl";

/**
 * The selected cell: value, provenance with the paper's sentence, both topics' quotes, shared videos. Loaded
 * with the first selection (CellPanel), so TanStack Query and the API client are not in the first load.
 */
export function CellDetails({
  cell,
  matrix,
  measure,
  basePath = null,
  datasetVersion = "",
  onClose,
}: {
  cell: [string, string] | null;
  matrix: CooccurrenceMatrix;
  measure: Measure;
  basePath?: string | null;
  datasetVersion?: string;
  onClose: () => void;
}) {
  const [a, b] = cell ?? ["", ""];
  const queryClient = useAppQueryClient();
  const qa = useQuery(
    {
      queryKey: topicQueryKey(a),
      queryFn: ({ signal }) => fetchTopicDetail(a, signal),
      enabled: !!cell,
    },
    queryClient,
  );
  const qb = useQuery(
    {
      queryKey: topicQueryKey(b),
      queryFn: ({ signal }) => fetchTopicDetail(b, signal),
      enabled: !!cell && a !== b,
    },
    queryClient,
  );
  const ia = matrix.index.get(a);
  const ib = matrix.index.get(b);
  const n = matrix.topics.length;
  const pair = ia !== undefined && ib !== undefined && ia !== ib ? matrix.pairs[ia * n + ib] : undefined;
  const computed = pair?.provenance === "computed" || (pair?.computedCount ?? null) !== null;
  const va = useQuery(
    {
      queryKey: ["videos", a],
      queryFn: ({ signal }) => fetchVideosForTopic(a, signal),
      enabled: !!cell && computed,
    },
    queryClient,
  );
  const vb = useQuery(
    {
      queryKey: ["videos", b],
      queryFn: ({ signal }) => fetchVideosForTopic(b, signal),
      enabled: !!cell && computed,
    },
    queryClient,
  );

  // CellPanel shows what to do when no valid cell is selected; this only narrows the types.
  if (!cell || ia === undefined || ib === undefined) return null;
  const A = matrix.topics[ia];
  const B = matrix.topics[ib];
  const value = cellValue(matrix, ia, ib, measure);
  const shared =
    va.data && vb.data
      ? va.data
          .filter((v) => vb.data!.some((w) => w.id === v.id && w.topics.includes(b)))
          .filter((v) => v.topics.includes(a))
      : [];
  return (
    <aside
      aria-label="Cell details"
      aria-live="polite"
      className="rounded-xl border border-slate-200 p-5 text-sm dark:border-slate-800"
      data-testid="cell-panel"
    >
      <div className="flex items-start justify-between gap-2">
        <h2 className="text-lg font-semibold tracking-tight">
          <Link href={`/topics/${A.slug}`} className="text-sky-700 underline dark:text-sky-400">
            {A.name}
          </Link>{" "}
          ×{" "}
          <Link href={`/topics/${B.slug}`} className="text-sky-700 underline dark:text-sky-400">
            {B.name}
          </Link>
        </h2>
        <button
          type="button"
          onClick={onClose}
          aria-label="Close cell details"
          className="rounded p-1 text-slate-500 hover:bg-slate-100 dark:hover:bg-slate-800"
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5">
            <path d="M5 5l10 10M15 5L5 15" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
        </button>
      </div>
      {ia === ib ? (
        <p className="mt-2">
          The diagonal: {A.name} itself, discussed in {A.videoCount} videos.
        </p>
      ) : (
        <div className="mt-2 space-y-2">
          <p className="text-base tabular-nums" data-testid="cell-value">
            {pair?.count === null || pair?.count === undefined ? (
              <span>
                Joint videos: <strong>not reported</strong>
              </span>
            ) : (
              <span>
                <strong>{pair.count}</strong> joint videos
                {measure !== "count" &&
                  (isImpossiblePair(matrix, ia, ib) ? (
                    <span className="block text-sm" data-testid="cell-not-computable">
                      {MEASURE_LABEL[measure]}: {impossibleReason(matrix, ia, ib)}, so no share is shown.
                    </span>
                  ) : (
                    <>
                      {" "}
                      · {MEASURE_LABEL[measure]} <strong>{formatValue(value, measure)}</strong>
                    </>
                  ))}
              </span>
            )}
          </p>
          {pair?.evidence && (
            <blockquote
              className="border-l-2 border-slate-300 pl-3 text-slate-700 dark:border-slate-600 dark:text-slate-300"
              data-testid="cell-evidence"
            >
              “{pair.evidence}”{" "}
              <span className="whitespace-nowrap text-slate-600 dark:text-slate-400">— Mailach et al., §IV-B</span>
            </blockquote>
          )}
          <p data-testid="cell-provenance">
            Provenance: <strong>{PROVENANCE_LONG[pair?.provenance ?? "not_reported"]}</strong>
          </p>
          {pair?.kind && (
            <p data-testid="cell-kind">
              The paper’s group: <strong>{PAIR_KIND[pair.kind].label}</strong>{" "}
              <span className="text-slate-600 dark:text-slate-400">
                (reported under “{PAIR_KIND[pair.kind].heading}”, §IV-B). {PAIR_KIND[pair.kind].description}
              </span>
            </p>
          )}
          {pair?.note && (
            <p
              className={
                "rounded border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900 " +
                "dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200"
              }
            >
              <strong>Inconsistent in the source.</strong> {pair.note}
            </p>
          )}
          {pair?.provenance === "reported" && pair.computedCount !== null && pair.computedCount !== undefined && (
            <p>Counted from imported assignments: {pair.computedCount}.</p>
          )}
          {pair?.provenance === "not_reported" && (
            <p className="text-slate-600 dark:text-slate-400">
              The paper’s text does not give this count; it is only in the paper’s Figure 3 and replication package (DOI
              10.5281/zenodo.14753685).
            </p>
          )}
          {measure === "conditional" && value !== null && (
            <p className="text-xs text-slate-600 dark:text-slate-400">
              P(column | row): the share of {A.name}’s {A.videoCount} videos that also discuss {B.name}.
            </p>
          )}
        </div>
      )}
      {basePath && datasetVersion && ia !== ib && (
        <div className="mt-4 space-y-3" data-testid="cell-cite">
          <p>
            <Link
              href={cellHref(A.slug, B.slug, datasetVersion)}
              className="text-sky-700 underline dark:text-sky-400"
              data-testid="cell-permalink"
            >
              Permalink to this cell in dataset v{datasetVersion}
            </Link>
          </p>
          <CiteControl
            basePath={basePath}
            query={`?cell=${A.slug}~${B.slug}`}
            pageLabel="This cell"
            studyLabel="The paper (Mailach et al.)"
            version={datasetVersion}
          />
        </div>
      )}
      {computed && (
        <div className="mt-4">
          <h3 className="font-semibold">Videos discussing both</h3>
          <p className="mt-1 font-mono text-xs">
            {shared.length ? shared.map((v) => v.id).join(", ") : va.isPending || vb.isPending ? "Loading…" : "none"}
          </p>
        </div>
      )}
      {[{ t: A, q: qa }, ...(ia !== ib ? [{ t: B, q: qb }] : [])].map(({ t, q }) => (
        <div key={t.slug} className="mt-4">
          <h3 className="font-semibold">{t.name}: practitioners said</h3>
          {q.isPending && <p className="text-slate-600 dark:text-slate-400">Loading…</p>}
          {q.isError && (
            <p role="alert" className="text-red-700 dark:text-red-400">
              Could not load quotes: {q.error.message}
            </p>
          )}
          {q.data && q.data.quotes.length === 0 && (
            <p className="text-slate-600 dark:text-slate-400">The paper quotes no practitioner for this topic.</p>
          )}
          <ul className="mt-1 space-y-2">
            {q.data?.quotes.slice(0, 3).map((quote, k) => (
              <li
                key={k}
                className="border-l-2 border-slate-300 pl-3 text-slate-800 dark:border-slate-600 dark:text-slate-200"
              >
                <q className="italic">{quote.text}</q>{" "}
                <Link
                  href={`/videos/${quote.video}`}
                  className="font-sans text-xs text-sky-700 underline dark:text-sky-400"
                >
                  {quote.video}
                </Link>
              </li>
            ))}
          </ul>
          {q.data && q.data.quotes.length > 3 && (
            <Link
              href={`/topics/${t.slug}#quotes-heading`}
              className="text-xs text-sky-700 underline dark:text-sky-400"
            >
              All {q.data.quotes.length} quotes
            </Link>
          )}
        </div>
      ))}
    </aside>
  );
}
