/**
 * Values a published release used that the live schema has since renamed. Releases never change, so the files keep
 * what they were published with; whoever reads a release's snapshot for display or export reads it through
 * `readSnapshot`, which maps each old value to its current name (same meaning, new word). The one list of renames.
 */
import type { Catalogue } from "../../content/parse";
import type { ThemeOrigin } from "../paper/theme-origin";

/** Theme origins by their old value: 1.2.0 published `new-to-llms`, firmer than the paper's wording. */
export const LEGACY_THEME_ORIGINS: Readonly<Record<string, ThemeOrigin>> = {
  "new-to-llms": "new-to-this-extent",
};

/** A stored snapshot (parsed JSON of any version) with old values mapped to their current names. */
export function readSnapshot(raw: unknown): Catalogue {
  const snap = raw as Catalogue;
  if (!snap.themes.some((t) => t.origin && LEGACY_THEME_ORIGINS[t.origin])) return snap;
  return {
    ...snap,
    themes: snap.themes.map((t) =>
      t.origin && LEGACY_THEME_ORIGINS[t.origin] ? { ...t, origin: LEGACY_THEME_ORIGINS[t.origin] } : t,
    ),
  };
}
