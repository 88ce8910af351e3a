"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useState } from "react";
import {
  considerationProgress,
  EMPTY_PROGRESS,
  NOTE_MAX_LENGTH,
  parseProgress,
  setNote,
  setTick,
  type Progress,
} from "@/lib/domain/plan/checklist";
import { downloadBlob } from "@/lib/export";
import { LAST_PLAN_KEY, planStorageKey } from "@/lib/domain/plan/url";

/**
 * The plan's checklist state: ticks and notes, kept in this browser's localStorage under a
 * key of the plan's topics. Nothing is sent anywhere; export and share are explicit.
 */
interface ProgressContextValue {
  ready: boolean;
  progress: Progress;
  tick: (item: string, ticked: boolean) => void;
  note: (item: string, text: string) => void;
  reset: () => void;
}

const ProgressContext = createContext<ProgressContextValue>({
  ready: false,
  progress: EMPTY_PROGRESS,
  tick: () => {},
  note: () => {},
  reset: () => {},
});

function read(key: string): Progress {
  try {
    return parseProgress(window.localStorage.getItem(key));
  } catch {
    return EMPTY_PROGRESS;
  }
}

function write(key: string, p: Progress) {
  try {
    if (Object.keys(p.ticks).length === 0 && Object.keys(p.notes).length === 0) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify(p));
  } catch {
    // Storage full or disabled: ticks still work for this visit.
  }
}

/**
 * Until this browser's ticks and notes are read (just after hydration), the controls that need them
 * hold their place unseen, so nothing below them moves when they appear; without JavaScript the
 * provider's `noscript` rule removes them.
 */
const untilReady = (ready: boolean) => (ready ? "" : "invisible needs-script");

export function PlanProgressProvider({ picks, children }: { picks: string[]; children: React.ReactNode }) {
  const key = planStorageKey(picks);
  const [state, setState] = useState<{ ready: boolean; progress: Progress }>({
    ready: false,
    progress: EMPTY_PROGRESS,
  });
  useEffect(() => {
    // Ticks live in this browser's storage, which the server render cannot know: read after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setState({ ready: true, progress: read(key) });
    try {
      if (picks.length > 0) window.localStorage.setItem(LAST_PLAN_KEY, picks.join(","));
    } catch {
      // ignore
    }
  }, [key, picks]);
  const update = useCallback(
    (change: (p: Progress) => Progress) =>
      setState((s) => {
        const progress = change(s.progress);
        write(key, progress);
        return { ready: true, progress };
      }),
    [key],
  );
  const value = useMemo<ProgressContextValue>(
    () => ({
      ready: state.ready,
      progress: state.progress,
      tick: (item, ticked) => update((p) => setTick(p, item, ticked)),
      note: (item, text) => update((p) => setNote(p, item, text)),
      reset: () => update(() => EMPTY_PROGRESS),
    }),
    [state, update],
  );
  return (
    <ProgressContext.Provider value={value}>
      <noscript>
        <style>{".needs-script{display:none}"}</style>
      </noscript>
      {children}
    </ProgressContext.Provider>
  );
}

/** This browser's ticks and notes of the plan (read after hydration: `ready`), e.g. to save it as a team plan. */
export function usePlanProgress(): { ready: boolean; progress: Progress } {
  const { ready, progress } = useContext(ProgressContext);
  return { ready, progress };
}

/** A tick box for one checklist item; disabled until the page's script runs (ticks need it). */
export function TickBox({ item, label }: { item: string; label: string }) {
  const { ready, progress, tick } = useContext(ProgressContext);
  return (
    <input
      type="checkbox"
      className="plan-tick mt-0.5 h-6 w-6 shrink-0 accent-sky-700"
      aria-label={label}
      disabled={!ready}
      checked={progress.ticks[item] === true}
      onChange={(e) => tick(item, e.target.checked)}
      data-item={item}
    />
  );
}

/** A short note on one checklist item. */
export function NoteField({ item, label }: { item: string; label: string }) {
  const { ready, progress, note } = useContext(ProgressContext);
  const text = progress.notes[item] ?? "";
  return (
    <>
      <details className={`plan-note mt-1 text-sm ${untilReady(ready)}`} open={text !== "" || undefined}>
        <summary
          className={"cursor-pointer text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-white"}
        >
          {text ? "Note" : "Add a note"}
        </summary>
        <textarea
          aria-label={`Note on ${label}`}
          maxLength={NOTE_MAX_LENGTH}
          rows={2}
          value={text}
          onChange={(e) => note(item, e.target.value)}
          className={
            "mt-1 w-full rounded border border-slate-300 bg-white p-2 text-sm " +
            "dark:border-slate-700 dark:bg-slate-900"
          }
          data-note={item}
        />
      </details>
      {text && <p className="plan-note-print hidden text-sm">Note: {text}</p>}
    </>
  );
}

/** "4 of 11 considered", with a reset button. */
export function ProgressSummary({ considerations }: { considerations: string[] }) {
  const { ready, progress, reset } = useContext(ProgressContext);
  const { done, total, label } = considerationProgress(progress, considerations);
  return (
    <div className="flex flex-wrap items-center gap-3" data-testid="plan-progress">
      <p className="text-sm font-medium" aria-live="polite">
        <span data-testid="progress-label">{label}</span>
      </p>
      <progress value={done} max={total} className="h-2 w-32" aria-hidden="true" />
      <button
        type="button"
        onClick={reset}
        className={
          "no-print rounded-md border border-slate-300 px-2 py-1 text-xs " +
          `hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800 ${untilReady(ready)}`
        }
      >
        Reset ticks and notes
      </button>
      <noscript>
        <span className="text-xs text-slate-500 dark:text-slate-400">
          Ticks need JavaScript; they stay in this browser.
        </span>
      </noscript>
    </div>
  );
}

/**
 * Downloads the plan as Markdown with this browser's ticks and notes (put in here, sent nowhere): the server's
 * Markdown of the plan (/plan.md) and, on the first click, the code that adds the progress to it. The page sends
 * the link, not the plan.
 */
export function DownloadMarkdownButton({
  href,
  siteUrl,
  fileName,
}: {
  /** The plan's Markdown without progress (planPath(picks, "/plan.md")). */
  href: string;
  siteUrl: string;
  fileName: string;
}) {
  const { ready, progress } = useContext(ProgressContext);
  const [error, setError] = useState<string | null>(null);
  const download = async () => {
    setError(null);
    try {
      const [res, { applyProgress }] = await Promise.all([fetch(href), import("@/lib/domain/plan/markdown-progress")]);
      if (!res.ok) throw new Error(`the plan's Markdown could not be fetched (${res.status})`);
      const text = applyProgress(await res.text(), siteUrl, progress);
      downloadBlob(new Blob([text], { type: "text/markdown;charset=utf-8" }), fileName);
    } catch (e) {
      setError(`Download failed: ${(e as Error).message}`);
    }
  };
  return (
    <>
      <button
        type="button"
        onClick={download}
        data-testid="download-md"
        className={
          "rounded-md bg-sky-700 px-2.5 py-1.5 text-sm font-medium text-white hover:bg-sky-800 " + untilReady(ready)
        }
      >
        Download Markdown (with my ticks)
      </button>
      {error && (
        <span role="alert" className="text-xs text-red-700 dark:text-red-400">
          {error}
        </span>
      )}
    </>
  );
}

export function PrintButton() {
  const { ready } = useContext(ProgressContext);
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className={
        "rounded-md border border-slate-300 px-2.5 py-1.5 text-sm " +
        `hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800 ${untilReady(ready)}`
      }
    >
      Print / save as PDF
    </button>
  );
}
