/**
 * How the provenance of a joint-video count is worded, wherever it is shown outside the
 * heatmap's own panel (plan page, Markdown export, preview image).
 */
import type { Provenance } from "./pairs";

export const PROVENANCE_LABEL: Record<Provenance, string> = {
  reported: "reported in the paper",
  computed: "computed from imported video→topic assignments",
  not_reported: "not reported",
};

/** Short form for badges. */
export const PROVENANCE_BADGE: Record<Provenance, string> = {
  reported: "reported",
  computed: "computed",
  not_reported: "not reported",
};

/** Said of a reported count that contradicts the paper's other figures (kept as printed). */
export const INCONSISTENT_LABEL = "Inconsistent in the source.";

/** Pairs without a known count: never ranked, never shown as zero. */
export const NO_EVIDENCE_LABEL = "no reported evidence either way";
