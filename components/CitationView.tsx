import { CopyButton } from "./CopyButton";

/** The Cite box's citation text, copy button and download link (CiteControl; filled by CitationText). */
export function CitationView({ file, text, copyText }: { file: string; text: string; copyText: string }) {
  return (
    <>
      <pre
        className={
          "mt-3 max-h-56 overflow-auto whitespace-pre-wrap break-words rounded " +
          "bg-slate-50 p-3 font-mono text-xs text-slate-800 dark:bg-slate-900 " +
          "dark:text-slate-200"
        }
        data-testid="citation-text"
      >
        {text}
      </pre>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <CopyButton text={copyText} label="Copy citation" />
        <a
          href={file}
          download
          className={
            "rounded-md border border-slate-300 px-2.5 py-1.5 text-sm " +
            "hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
          }
        >
          Download
        </a>
      </div>
    </>
  );
}
