"use client";

import { useEffect, useState } from "react";
import {
  LAYER_LIMITS,
  LAYER_STATUSES,
  type LayerDocument,
  type LayerItem,
  type LayerStatus,
} from "@/lib/domain/layers/format";
import { entryKey, STATUS_LABEL, type LayerEntryInfo } from "@/lib/domain/layers/markdown";

const field =
  "w-full rounded border border-slate-300 bg-white p-2 text-sm dark:border-slate-700 dark:bg-slate-900 " +
  "dark:text-slate-100";
const button =
  "rounded-md border border-slate-300 px-2.5 py-1.5 text-sm hover:bg-slate-100 dark:border-slate-700 " +
  "dark:hover:bg-slate-800";

type Status =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; revision: number }
  | { kind: "conflict"; revision: number; theirs: LayerDocument }
  | { kind: "error"; message: string };

/** The token of an edit link: `#token=…` in the fragment, which browsers never send to a server. */
function tokenFromHash(hash: string): string | null {
  const m = /(?:^#|&)token=([A-Za-z0-9_-]{16,200})(?:&|$)/.exec(hash);
  return m ? m[1] : null;
}

/**
 * The edit view of a layer: the token comes from the URL fragment; a save sends it as a bearer
 * token with If-Match on the revision opened. Another save in between is a 412: nothing is
 * overwritten, the other version is shown and can be loaded.
 */
export function LayerEditor({
  id,
  initial,
  revision: initialRevision,
  entries,
  topics,
  considerations,
}: {
  id: string;
  initial: LayerDocument;
  revision: number;
  entries: Array<[string, LayerEntryInfo]>;
  topics: readonly string[];
  considerations: readonly string[];
}) {
  const [token, setToken] = useState<string | null | undefined>(undefined);
  const [draft, setDraft] = useState(initial);
  const [revision, setRevision] = useState(initialRevision);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const names = new Map(entries);
  useEffect(() => {
    // The fragment exists only in the browser: read after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setToken(tokenFromHash(window.location.hash));
  }, []);

  const setItem = (index: number, change: Partial<LayerItem>) =>
    setDraft((d) => ({ ...d, items: d.items.map((it, i) => (i === index ? { ...it, ...change } : it)) }));
  const present = new Set(draft.items.map((i) => entryKey(i.kind, i.slug)));
  const addable = [
    ...topics.map((slug) => ["topic", slug] as const),
    ...considerations.map((slug) => ["consideration", slug] as const),
  ].filter(([kind, slug]) => !present.has(entryKey(kind, slug)));

  const save = async (ifMatch: number) => {
    setStatus({ kind: "saving" });
    try {
      const res = await fetch(`/api/v1/layers/${id}`, {
        method: "PUT",
        headers: {
          "Content-Type": "application/json",
          Authorization: `Bearer ${token}`,
          "If-Match": `"r${ifMatch}"`,
        },
        body: JSON.stringify(draft),
      });
      const json = (await res.json()) as {
        data?: { revision: number };
        error?: { message: string };
        current?: { revision: number; layer: LayerDocument };
      };
      if (res.status === 412 && json.current) {
        setStatus({ kind: "conflict", revision: json.current.revision, theirs: json.current.layer });
        return;
      }
      if (!res.ok || !json.data) throw new Error(json.error?.message ?? `The server answered ${res.status}.`);
      setRevision(json.data.revision);
      setStatus({ kind: "saved", revision: json.data.revision });
    } catch (err) {
      setStatus({ kind: "error", message: err instanceof Error ? err.message : "Could not save." });
    }
  };

  if (token === undefined) return <p className="text-slate-600 dark:text-slate-400">Opening the editor…</p>;
  if (token === null)
    return (
      <p role="alert" className="rounded border border-amber-300 p-3 dark:border-amber-700" data-testid="no-token">
        This address has no edit token. Open the edit link you were given when the team plan was saved (it ends in
        #token=…); without it the plan can only be read.
      </p>
    );

  return (
    <form
      className="space-y-6"
      data-testid="layer-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save(revision);
      }}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="block text-sm font-medium">
          Name
          <input
            className={`${field} mt-1`}
            value={draft.name}
            maxLength={LAYER_LIMITS.nameLength}
            required
            onChange={(e) => setDraft({ ...draft, name: e.target.value })}
          />
        </label>
        <label className="block text-sm font-medium sm:row-span-2">
          Description
          <textarea
            className={`${field} mt-1`}
            rows={3}
            value={draft.description}
            maxLength={LAYER_LIMITS.descriptionLength}
            onChange={(e) => setDraft({ ...draft, description: e.target.value })}
          />
        </label>
      </div>
      <ul className="divide-y divide-slate-200 dark:divide-slate-800">
        {draft.items.map((item, index) => {
          const name = names.get(entryKey(item.kind, item.slug))?.name ?? item.slug;
          return (
            <li key={entryKey(item.kind, item.slug)} className="py-3" data-testid="edit-item" data-slug={item.slug}>
              <p className="font-medium">
                {name}{" "}
                <span className="text-xs font-normal text-slate-600 dark:text-slate-400">
                  {item.kind === "topic" ? "topic" : "consideration"}
                </span>
              </p>
              <div className="mt-2 grid gap-2 sm:grid-cols-[12rem_1fr_12rem]">
                <select
                  aria-label={`Status of ${name}`}
                  className={field}
                  value={item.status}
                  onChange={(e) => setItem(index, { status: e.target.value as LayerStatus })}
                >
                  {LAYER_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {STATUS_LABEL[s]}
                    </option>
                  ))}
                </select>
                <textarea
                  aria-label={`Note on ${name}`}
                  placeholder="Note (plain text)"
                  className={field}
                  rows={2}
                  maxLength={LAYER_LIMITS.noteLength}
                  value={item.note}
                  onChange={(e) => setItem(index, { note: e.target.value })}
                />
                <input
                  aria-label={`Owner of ${name}`}
                  placeholder="Owner"
                  className={field}
                  maxLength={LAYER_LIMITS.ownerLength}
                  value={item.owner}
                  onChange={(e) => setItem(index, { owner: e.target.value })}
                />
              </div>
            </li>
          );
        })}
      </ul>
      {addable.length > 0 && (
        <label className="block max-w-md text-sm font-medium">
          Add a topic or consideration
          <select
            className={`${field} mt-1`}
            value=""
            onChange={(e) => {
              const [kind, slug] = e.target.value.split(":") as ["topic" | "consideration", string];
              if (slug)
                setDraft((d) => ({ ...d, items: [...d.items, { kind, slug, status: "todo", note: "", owner: "" }] }));
            }}
          >
            <option value="">Choose…</option>
            {addable.map(([kind, slug]) => (
              <option key={entryKey(kind, slug)} value={entryKey(kind, slug)}>
                {names.get(entryKey(kind, slug))?.name ?? slug} ({kind})
              </option>
            ))}
          </select>
        </label>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={status.kind === "saving"}
          data-testid="save-layer"
          className={
            "rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800 " + "disabled:opacity-60"
          }
        >
          {status.kind === "saving" ? "Saving…" : `Save (revision ${revision} → ${revision + 1})`}
        </button>
        <a href={`/layers/${id}`} className="text-sm text-sky-700 underline dark:text-sky-400">
          Read-only view
        </a>
        <p aria-live="polite" className="text-sm" data-testid="save-status">
          {status.kind === "saved" && `Saved as revision ${status.revision}.`}
          {status.kind === "error" && <span className="text-red-700 dark:text-red-400">{status.message}</span>}
        </p>
      </div>
      {status.kind === "conflict" && (
        <div role="alert" className="rounded border border-amber-400 p-3 text-sm dark:border-amber-600">
          <p>
            Someone saved revision {status.revision} (“{status.theirs.name}”) since you opened revision {revision}.
            Nothing of yours was saved, and nothing of theirs was overwritten.
          </p>
          <div className="mt-2 flex flex-wrap gap-2">
            <button
              type="button"
              className={button}
              onClick={() => {
                setDraft(status.theirs);
                setRevision(status.revision);
                setStatus({ kind: "idle" });
              }}
            >
              Load their version (drops your edits)
            </button>
            <button type="button" className={button} onClick={() => void save(status.revision)}>
              Save mine over revision {status.revision}
            </button>
          </div>
        </div>
      )}
    </form>
  );
}
