"use client";

import { useState } from "react";

/** Copies text to the clipboard and says so (falls back to selecting a prompt's text). */
export function CopyButton({
  text,
  label = "Copy",
  className = "",
}: {
  text: string | (() => string);
  label?: string;
  className?: string;
}) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const copy = async () => {
    const value = typeof text === "function" ? text() : text;
    try {
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      window.prompt("Copy this:", value);
      setState("failed");
    }
    setTimeout(() => setState("idle"), 2000);
  };
  return (
    <button
      type="button"
      onClick={copy}
      className={
        `rounded-md border border-slate-300 px-2.5 py-1.5 text-sm ` +
        `hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800 ` +
        `${className}`
      }
    >
      <span aria-live="polite">
        {state === "copied" ? "Copied ✓" : state === "failed" ? "Copy it from the prompt" : label}
      </span>
    </button>
  );
}

/** "Copy link": the page's full URL with its current view state (search params and hash). */
export function CopyLinkButton({ label = "Copy link" }: { label?: string }) {
  return <CopyButton text={() => window.location.href} label={label} />;
}
