"use client";
/**
 * Loaded on the first focus of the header search field, never with the page: the search
 * library, the index (fetched once per dataset version, cached by the browser) and the list.
 */
import { KIND_LABELS } from "@/lib/domain/search/documents";
import { groupHits, loadSearchIndex, type SearchGroup, type SearchIndex } from "@/lib/domain/search/engine";
import { queryTerms } from "@/lib/domain/search/query";
import { Highlighted } from "./Highlighted";

/** Results shown in the dropdown; the full list is on /search. */
export const DROPDOWN_LIMIT = 12;

export interface LoadedSearch {
  search(query: string): SearchGroup[];
}

export async function loadSearch(version: string): Promise<LoadedSearch> {
  const res = await fetch(`/search-index/${encodeURIComponent(version)}.json`);
  if (!res.ok) throw new Error(`search index: ${res.status}`);
  const body = (await res.json()) as { index: unknown };
  const index: SearchIndex = loadSearchIndex(body.index);
  return { search: (query) => groupHits(index.search(query, { limit: DROPDOWN_LIMIT })) };
}

export const optionId = (i: number) => `site-search-option-${i}`;

export function SearchListbox({
  id,
  query,
  groups,
  active,
  onPick,
  onHover,
}: {
  id: string;
  query: string;
  groups: SearchGroup[];
  active: number;
  onPick: (href: string) => void;
  onHover: (i: number) => void;
}) {
  const words = queryTerms(query);
  let i = 0;
  const allHref = `/search?q=${encodeURIComponent(query)}`;
  return (
    <ul id={id} role="listbox" aria-label="Search results" className="max-h-[min(70vh,32rem)] overflow-y-auto py-1">
      {groups.map((g) => (
        <li key={g.kind} role="presentation">
          <ul role="group" aria-label={KIND_LABELS[g.kind].many}>
            <li
              role="presentation"
              aria-hidden="true"
              className={
                "px-3 pb-1 pt-2 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400"
              }
            >
              {KIND_LABELS[g.kind].many}
            </li>
            {g.hits.map((hit) => {
              const n = i++;
              return (
                <li
                  key={hit.id}
                  id={optionId(n)}
                  role="option"
                  aria-selected={n === active}
                  data-href={hit.href}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => onPick(hit.href)}
                  onMouseMove={() => n !== active && onHover(n)}
                  className={`cursor-pointer px-3 py-2 ${n === active ? "bg-sky-100 dark:bg-sky-900/60" : ""}`}
                >
                  <span className="block font-medium text-slate-900 dark:text-white">
                    <Highlighted text={hit.title} terms={hit.terms} words={words} />
                  </span>
                  <span className="block truncate text-xs text-slate-600 dark:text-slate-400">{hit.detail}</span>
                  {hit.excerpt && (
                    <span className="mt-0.5 line-clamp-2 block text-sm text-slate-700 dark:text-slate-300">
                      <Highlighted text={hit.excerpt} terms={hit.terms} words={words} />
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </li>
      ))}
      <li
        id={optionId(i)}
        role="option"
        aria-selected={i === active}
        data-href={allHref}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => onPick(allHref)}
        onMouseMove={() => i !== active && onHover(i)}
        className={
          `cursor-pointer border-t border-slate-200 px-3 py-2 text-sm ` +
          `text-sky-700 dark:border-slate-800 dark:text-sky-400 ` +
          `${i === active ? "bg-sky-100 dark:bg-sky-900/60" : ""}`
        }
      >
        {groups.length ? "All results for" : "No quick results. Search all for"} “{query.trim()}”
      </li>
    </ul>
  );
}
