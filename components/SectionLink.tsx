"use client";

import { useState } from "react";

/** Copies the URL of a page section (#anchor), for pasting into a review. */
export function SectionLink({ id, title }: { id: string; title: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <a
      href={`#${id}`}
      onClick={async (e) => {
        e.preventDefault();
        const url = `${window.location.origin}${window.location.pathname}${window.location.search}#${id}`;
        window.history.replaceState(null, "", `#${id}`);
        try {
          await navigator.clipboard.writeText(url);
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        } catch {
          /* the address bar now shows the link */
        }
      }}
      aria-label={`Copy link to “${title}”`}
      className={
        `text-sm font-normal text-slate-600 hover:text-sky-700 ` +
        `focus-visible:opacity-100 group-hover:opacity-100 dark:text-slate-400 ` +
        `dark:hover:text-sky-400 ${copied ? "opacity-100" : "opacity-0"}`
      }
    >
      <span aria-live="polite">{copied ? "Link copied" : "#"}</span>
    </a>
  );
}
