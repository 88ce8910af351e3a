"use client";

import { useState } from "react";
import { CopyButton, CopyLinkButton } from "./CopyButton";
import { embedSnippet } from "@/lib/domain/embed";

/** Copy the link to this exact view, or an iframe snippet that embeds it on another site. */
export function ShareControls({ embedPath }: { embedPath: "/embed/treemap" | "/embed/heatmap" }) {
  const [open, setOpen] = useState(false);
  const snippet = () => embedSnippet(window.location.origin, embedPath, window.location.search);
  return (
    <div className="flex flex-wrap items-center gap-1">
      <CopyLinkButton />
      <button
        type="button"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        className={
          "rounded-md border border-slate-300 px-2.5 py-1.5 text-sm " +
          "hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
        }
      >
        Embed
      </button>
      {open && (
        <div className="flex w-full flex-wrap items-start gap-2 pt-2" data-testid="embed-snippet">
          <code
            className={
              "min-w-0 flex-1 whitespace-pre-wrap break-all rounded bg-slate-50 p-2 " +
              "font-mono text-xs dark:bg-slate-900"
            }
          >
            {snippet()}
          </code>
          <p className="w-full text-xs text-slate-600 dark:text-slate-400">
            The script lets the frame size itself to its content; add <code>theme=light</code> or{" "}
            <code>theme=dark</code> to the frame’s URL to match your page.
          </p>
          <CopyButton text={snippet} label="Copy snippet" />
        </div>
      )}
    </div>
  );
}
