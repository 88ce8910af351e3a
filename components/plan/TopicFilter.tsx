"use client";

import { useState } from "react";

/**
 * Filters the picker's topic list as one types (name or slug). Without JavaScript the
 * whole list shows, and the form still works.
 */
export function TopicFilter({ listId, total }: { listId: string; total: number }) {
  const [query, setQuery] = useState("");
  const filter = (value: string) => {
    setQuery(value);
    const q = value.trim().toLowerCase();
    let shown = 0;
    document.querySelectorAll<HTMLElement>(`#${listId} [data-topic-name]`).forEach((el) => {
      const match =
        !q || (el.dataset.topicName ?? "").toLowerCase().includes(q) || (el.dataset.topicSlug ?? "").includes(q);
      el.hidden = !match;
      if (match) shown++;
    });
    const status = document.getElementById(`${listId}-status`);
    if (status) status.textContent = q ? `${shown} of ${total} topics match` : "";
  };
  return (
    <div className="mb-3">
      <label htmlFor={`${listId}-filter`} className="block text-sm font-medium">
        Find a topic
      </label>
      <input
        id={`${listId}-filter`}
        type="search"
        value={query}
        onChange={(e) => filter(e.target.value)}
        placeholder="e.g. RAG, cost, security"
        autoComplete="off"
        aria-controls={listId}
        className={
          "mt-1 w-full max-w-sm rounded-md border border-slate-300 bg-white px-3 " +
          "py-2 text-sm dark:border-slate-700 dark:bg-slate-900"
        }
      />
      <p id={`${listId}-status`} role="status" className="mt-1 text-xs text-slate-600 dark:text-slate-400" />
    </div>
  );
}
