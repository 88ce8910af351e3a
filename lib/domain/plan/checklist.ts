/**
 * The plan's checklist as kept in the browser: ticks and a short note per item, keyed by
 * `topic:<slug>` / `consideration:<slug>`. Pure: the page stores it in localStorage.
 */
export const NOTE_MAX_LENGTH = 280;

export interface Progress {
  ticks: Record<string, boolean>;
  notes: Record<string, string>;
}

export const EMPTY_PROGRESS: Progress = { ticks: {}, notes: {} };

export const topicItem = (slug: string) => `topic:${slug}`;
export const considerationItem = (slug: string) => `consideration:${slug}`;

/** Reads stored progress, dropping anything malformed (storage is user-editable). */
export function parseProgress(text: string | null): Progress {
  if (!text) return { ticks: {}, notes: {} };
  try {
    const raw = JSON.parse(text) as { ticks?: unknown; notes?: unknown };
    const ticks: Record<string, boolean> = {};
    const notes: Record<string, string> = {};
    if (raw.ticks && typeof raw.ticks === "object") {
      for (const [k, v] of Object.entries(raw.ticks)) if (v === true) ticks[k] = true;
    }
    if (raw.notes && typeof raw.notes === "object") {
      for (const [k, v] of Object.entries(raw.notes))
        if (typeof v === "string" && v.trim()) notes[k] = v.slice(0, NOTE_MAX_LENGTH);
    }
    return { ticks, notes };
  } catch {
    return { ticks: {}, notes: {} };
  }
}

export function setTick(p: Progress, item: string, ticked: boolean): Progress {
  const ticks = { ...p.ticks };
  if (ticked) ticks[item] = true;
  else delete ticks[item];
  return { ...p, ticks };
}

export function setNote(p: Progress, item: string, note: string): Progress {
  const notes = { ...p.notes };
  const text = note.slice(0, NOTE_MAX_LENGTH);
  if (text.trim()) notes[item] = text;
  else delete notes[item];
  return { ...p, notes };
}

/** "4 of 11 considered": ticked considerations out of all of them. */
export function considerationProgress(
  p: Progress,
  considerationSlugs: readonly string[],
): { done: number; total: number; label: string } {
  const done = considerationSlugs.filter((s) => p.ticks[considerationItem(s)]).length;
  return { done, total: considerationSlugs.length, label: `${done} of ${considerationSlugs.length} considered` };
}
