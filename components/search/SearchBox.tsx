"use client";
/**
 * The header search field: a plain GET form to /search (works without JavaScript), upgraded to
 * an ARIA combobox. Everything heavy — the list, the search library, the index — is imported on
 * the first focus (SearchListbox.tsx), so pages load no more than this small component.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type * as Lazy from "./SearchListbox";

type Loaded = { mod: typeof Lazy; search: Lazy.LoadedSearch };

const LISTBOX_ID = "site-search-listbox";

function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName));
}

export function SearchBox({ version }: { version: string }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState(false);
  const loading = useRef(false);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const shortcut = (e.key === "k" || e.key === "K") && (e.ctrlKey || e.metaKey);
      if (shortcut || (e.key === "/" && !e.ctrlKey && !e.metaKey && !e.altKey && !typingIn(e.target))) {
        e.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  function load() {
    if (loading.current) return;
    loading.current = true;
    import("./SearchListbox")
      .then(async (mod) => setLoaded({ mod, search: await mod.loadSearch(version) }))
      .catch(() => setFailed(true));
  }

  const trimmed = query.trim();
  const groups = useMemo(() => (loaded && trimmed ? loaded.search.search(trimmed) : []), [loaded, trimmed]);
  const count = groups.reduce((n, g) => n + g.hits.length, 0);
  const expanded = open && !!loaded && trimmed.length > 0;
  const optionCount = count + 1; // the last option opens /search

  function go(href: string) {
    setOpen(false);
    input.current?.blur();
    router.push(href);
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    if (e.key === "Escape") {
      if (expanded) setOpen(false);
      else setQuery("");
      e.preventDefault();
    } else if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (!trimmed) return;
      e.preventDefault();
      if (!expanded) setOpen(true);
      else setActive((a) => (a + (e.key === "ArrowDown" ? 1 : optionCount - 1)) % optionCount);
    } else if (e.key === "Enter" && expanded) {
      e.preventDefault();
      const el = document.getElementById(loaded!.mod.optionId(Math.min(active, optionCount - 1)));
      go(el?.dataset.href ?? `/search?q=${encodeURIComponent(trimmed)}`);
    }
  }

  useEffect(() => {
    if (expanded) document.getElementById(loaded!.mod.optionId(active))?.scrollIntoView({ block: "nearest" });
  }, [active, expanded, loaded]);

  const status =
    !trimmed || !open
      ? ""
      : failed
        ? "Quick results unavailable; press Enter to search."
        : !loaded
          ? "Loading search…"
          : `${count} result${count === 1 ? "" : "s"}`;

  return (
    <form
      role="search"
      action="/search"
      method="get"
      className="relative w-full sm:w-auto sm:max-w-72 sm:flex-1 sm:basis-48"
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <label htmlFor="site-search" className="sr-only">
        Search topics, themes, phases, quotes and videos
      </label>
      <input
        ref={input}
        id="site-search"
        name="q"
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={LISTBOX_ID}
        aria-activedescendant={expanded ? `site-search-option-${active}` : undefined}
        aria-keyshortcuts="/ Control+K Meta+K"
        autoComplete="off"
        spellCheck={false}
        placeholder="Search…  ( / )"
        value={query}
        onFocus={() => {
          load();
          setOpen(true);
        }}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        className={
          "w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 " +
          "text-sm text-slate-900 placeholder:text-slate-500 " +
          "focus:border-sky-600 focus:outline-none focus:ring-2 " +
          "focus:ring-sky-600/40 dark:border-slate-700 dark:bg-slate-900 " +
          "dark:text-white dark:placeholder:text-slate-400"
        }
      />
      <div role="status" className="sr-only">
        {status}
      </div>
      {expanded && (
        <div
          className={
            "absolute right-0 z-50 mt-1 w-full min-w-[min(28rem,calc(100vw-2rem))] " +
            "rounded-md border border-slate-200 bg-white shadow-lg " +
            "dark:border-slate-700 dark:bg-slate-900 sm:w-[28rem]"
          }
        >
          <loaded.mod.SearchListbox
            id={LISTBOX_ID}
            query={query}
            groups={groups}
            active={active}
            onPick={go}
            onHover={setActive}
          />
        </div>
      )}
    </form>
  );
}
