"use client";

import { useRef, useState } from "react";
import {
  PICKER_KINDS,
  PICKER_LIMIT,
  pickerAnswer,
  pickerStatus,
  substringAnswer,
  type PickerAnswer,
} from "@/lib/domain/plan/picker";

type Find = (query: string) => PickerAnswer;

/** The site's search index (the one /search uses), loaded on the field's first focus, as the header's search does. */
async function loadFind(version: string): Promise<Find> {
  const [{ loadSearchIndex }, res] = await Promise.all([
    import("@/lib/domain/search/engine"),
    fetch(`/search-index/${encodeURIComponent(version)}.json`),
  ]);
  if (!res.ok) throw new Error(`search index: ${res.status}`);
  const index = loadSearchIndex(((await res.json()) as { index: unknown }).index);
  return (query) => pickerAnswer(index.search(query, { kinds: PICKER_KINDS, limit: PICKER_LIMIT }));
}

export interface PickerPreset {
  slug: string;
  name: string;
  href: string;
}

/**
 * Filters the picker's topic list as one types, through the site's search index: "guardrails" finds Output
 * Verification, "customer support" a starting point. Until the index has loaded (or if it cannot), names, themes
 * and slugs are matched as text. Without JavaScript the whole list shows, and the form still works.
 */
export function TopicFilter({
  listId,
  total,
  version,
  presets,
}: {
  listId: string;
  total: number;
  version: string;
  presets: PickerPreset[];
}) {
  const [query, setQuery] = useState("");
  const [answer, setAnswer] = useState<PickerAnswer | null>(null);
  const find = useRef<Find | null>(null);
  const latest = useRef("");
  const loading = useRef(false);

  /** Answers `value` (through the index once loaded) and shows the answer on the server-rendered list. */
  function apply(value: string) {
    latest.current = value;
    const q = value.trim();
    const items = [...document.querySelectorAll<HTMLElement>(`#${listId} [data-topic-slug]`)];
    const next = !q
      ? null
      : find.current
        ? find.current(q)
        : substringAnswer(
            q,
            items.map((el) => ({ slug: el.dataset.topicSlug ?? "", text: el.dataset.topicName ?? "" })),
          );
    const why = new Map(next?.topics.map((m) => [m.slug, m.why]) ?? []);
    for (const el of items) {
      const slug = el.dataset.topicSlug ?? "";
      el.hidden = next !== null && !why.has(slug);
      const line = el.querySelector<HTMLElement>("[data-topic-why]");
      if (line) line.textContent = why.get(slug) ?? "";
    }
    setAnswer(next);
  }

  function load() {
    if (loading.current) return;
    loading.current = true;
    loadFind(version).then(
      (f) => {
        find.current = f;
        apply(latest.current);
      },
      () => undefined, // the text match stays
    );
  }

  const trimmed = query.trim();
  const presetBySlug = new Map(presets.map((p) => [p.slug, p]));
  const matchedPresets = (answer?.presets ?? []).flatMap((m) =>
    presetBySlug.has(m.slug) ? [{ ...presetBySlug.get(m.slug)!, why: m.why }] : [],
  );

  return (
    <div className="mb-3">
      <label htmlFor={`${listId}-filter`} className="block text-sm font-medium">
        Find a topic
      </label>
      <input
        id={`${listId}-filter`}
        type="search"
        value={query}
        onFocus={load}
        onChange={(e) => {
          load();
          setQuery(e.target.value);
          apply(e.target.value);
        }}
        placeholder="e.g. guardrails, vector database, customer support"
        autoComplete="off"
        aria-controls={listId}
        aria-describedby={`${listId}-status`}
        className={
          "mt-1 w-full max-w-sm rounded-md border border-slate-300 bg-white px-3 " +
          "py-2 text-sm dark:border-slate-700 dark:bg-slate-900"
        }
      />
      <p id={`${listId}-status`} role="status" className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        {answer ? pickerStatus(trimmed, answer, total) : ""}
      </p>
      {matchedPresets.length > 0 && (
        <ul className="mt-2 space-y-1 text-sm" data-testid="picker-presets">
          {matchedPresets.map((p) => (
            <li key={p.slug}>
              Start from{" "}
              <a href={p.href} className="font-medium text-sky-700 hover:underline dark:text-sky-400">
                {p.name}
              </a>{" "}
              <span className="text-xs text-slate-600 dark:text-slate-400">
                (our preset{p.why ? ` · ${p.why}` : ""})
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
