"use client";

import { useQuery } from "@tanstack/react-query";
import { useAppQueryClient } from "@/components/hooks/useAppQueryClient";
import { useState } from "react";
import { CopyButton } from "./CopyButton";

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
}: {
  basePath: string;
  studyLabel: string;
  version: string;
}) {
  const [target, setTarget] = useState<"page" | "study">("page");
  const [ext, setExt] = useState<(typeof FORMATS)[number]["ext"]>("txt");
  const file = `${basePath}/${target === "page" ? "cite" : "cite-study"}.${ext}`;
  const queryClient = useAppQueryClient();
  const query = useQuery(
    {
      queryKey: ["citation", file],
      queryFn: async ({ signal }) => {
        const res = await fetch(file, { signal });
        if (!res.ok) throw new Error(`The server answered ${res.status}.`);
        return res.text();
      },
    },
    queryClient,
  );
  const tab = (active: boolean) =>
    `whitespace-nowrap rounded px-2.5 py-1 text-sm ${active ? "bg-slate-900 text-white dark:bg-white dark:text-slate-900" : "hover:bg-slate-100 dark:hover:bg-slate-800"}`;
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
          This page (v{version})
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
      <pre
        className="mt-3 max-h-56 overflow-auto whitespace-pre-wrap break-words rounded bg-slate-50 p-3 font-mono text-xs text-slate-800 dark:bg-slate-900 dark:text-slate-200"
        data-testid="citation-text"
      >
        {query.isPending
          ? "Loading…"
          : query.isError
            ? `Could not load the citation: ${query.error.message}`
            : query.data}
      </pre>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <CopyButton text={query.data ?? ""} label="Copy citation" />
        <a
          href={file}
          download
          className="rounded-md border border-slate-300 px-2.5 py-1.5 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          Download
        </a>
      </div>
    </section>
  );
}
