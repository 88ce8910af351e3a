"use client";

import { lazy, Suspense, useState } from "react";
import { CitationView } from "./CitationView";

// The text is fetched after the page is up: its code (and TanStack Query) loads then, not with the page.
const CitationText = lazy(() => import("./CitationText"));

const FORMATS = [
  { ext: "txt", label: "APA" },
  { ext: "bib", label: "BibTeX" },
  { ext: "ris", label: "RIS" },
  { ext: "json", label: "CSL-JSON" },
] as const;

/**
 * Cite this page or the study behind it. The text comes from the download endpoints
 * (/…/cite.bib etc.), so what is shown, copied and downloaded is the same file.
 */
export function CiteControl({
  basePath,
  studyLabel,
  version,
  query = "",
  pageLabel = "This page",
}: {
  basePath: string;
  studyLabel: string;
  version: string;
  /** Appended to the file's URL, e.g. "?cell=rag-systems~evaluation" for a heatmap cell. */
  query?: string;
  /** What "the page" is, e.g. "This cell". */
  pageLabel?: string;
}) {
  const [target, setTarget] = useState<"page" | "study">("page");
  const [ext, setExt] = useState<(typeof FORMATS)[number]["ext"]>("txt");
  const file = `${basePath}/${target === "page" ? "cite" : "cite-study"}.${ext}${query}`;
  const tab = (active: boolean) =>
    `whitespace-nowrap rounded px-2.5 py-1 text-sm ` +
    `${
      active
        ? "bg-slate-900 text-white dark:bg-white dark:text-slate-900"
        : "hover:bg-slate-100 dark:hover:bg-slate-800"
    }`;
  return (
    <section
      aria-labelledby="cite-heading"
      className="rounded-xl border border-slate-200 p-4 dark:border-slate-800"
      data-testid="cite-control"
    >
      <h2 id="cite-heading" className="text-base font-semibold">
        Cite
      </h2>
      <div className="mt-2 flex flex-wrap gap-1" role="group" aria-label="What to cite">
        <button
          type="button"
          aria-pressed={target === "page"}
          className={tab(target === "page")}
          onClick={() => setTarget("page")}
        >
          {pageLabel} (v{version})
        </button>
        <button
          type="button"
          aria-pressed={target === "study"}
          className={tab(target === "study")}
          onClick={() => setTarget("study")}
        >
          {studyLabel}
        </button>
      </div>
      <div className="mt-2 flex flex-wrap gap-1" role="group" aria-label="Format">
        {FORMATS.map((f) => (
          <button
            key={f.ext}
            type="button"
            aria-pressed={ext === f.ext}
            className={tab(ext === f.ext)}
            onClick={() => setExt(f.ext)}
          >
            {f.label}
          </button>
        ))}
      </div>
      <Suspense fallback={<CitationView file={file} text="Loading…" copyText="" />}>
        <CitationText file={file} />
      </Suspense>
    </section>
  );
}
