"use client";

import { useState } from "react";
import { CopyButton, CopyLinkButton } from "./CopyButton";

/** Copy the link to this exact view, or an iframe snippet that embeds it on another site. */
export function ShareControls({ embedPath }: { embedPath: "/embed/treemap" | "/embed/heatmap" }) {
  const [open, setOpen] = useState(false);
  const snippet = () => {
    const src = `${window.location.origin}${embedPath}${window.location.search}`;
    return `<iframe src="${src}" title="LLM Engineering Knowledge Map" width="100%" height="640" style="border:0" loading="lazy"></iframe>`;
  };
  return (
    <div className="flex flex-wrap items-center gap-1">
      <CopyLinkButton />
      <button type="button" aria-expanded={open} onClick={() => setOpen((o) => !o)} className="rounded-md border border-slate-300 px-2.5 py-1.5 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800">
        Embed
      </button>
      {open && (
        <div className="flex w-full flex-wrap items-start gap-2 pt-2" data-testid="embed-snippet">
          <code className="min-w-0 flex-1 break-all rounded bg-slate-50 p-2 font-mono text-xs dark:bg-slate-900">{snippet()}</code>
          <CopyButton text={snippet} label="Copy snippet" />
        </div>
      )}
    </div>
  );
}
