/**
 * The home page's headline findings: each a number from the catalogue with its source, never a claim of ours.
 * (1) The topic discussed in the most videos, with its count and share (the paper's §IV-A section of that topic).
 * (2) The pair the paper reports with the most joint videos, with the paper's sentence verbatim (§IV-B). Reported
 * counts the paper's other figures contradict (a `note`) are never a headline.
 */
import { formatShare } from "../share";

export interface HeadlineTopic {
  slug: string;
  name: string;
  videoCount: number;
  share: number;
  section: string;
}
export interface HeadlinePair {
  a: string;
  b: string;
  count: number | null;
  provenance: string;
  evidence: string | null;
  note: string | null;
}

export interface Headline {
  id: "most-discussed-topic" | "strongest-reported-pair";
  /** The number, as shown large. */
  figure: string;
  /** What the number says, in our words (no firmer than the paper). */
  text: string;
  /** The paper's sentence, verbatim, where it gives one. */
  quote: string | null;
  source: string;
  href: string;
  linkLabel: string;
}

export function headlineFindings(topics: readonly HeadlineTopic[], pairs: readonly HeadlinePair[]): Headline[] {
  const out: Headline[] = [];
  const top = [...topics].sort((x, y) => y.videoCount - x.videoCount)[0];
  if (top && topics.filter((t) => t.videoCount === top.videoCount).length === 1)
    out.push({
      id: "most-discussed-topic",
      figure: String(top.videoCount),
      // The share as the paper prints it (of the videos its shares are computed over).
      text: `videos discuss ${top.name} (${formatShare(top.share)}), more than any other topic.`,
      quote: null,
      source: `Mailach et al., §${top.section}`,
      href: `/topics/${top.slug}`,
      linkLabel: `${top.name}`,
    });
  const byName = new Map(topics.map((t) => [t.slug, t]));
  const strongest = pairs
    .filter((p) => p.provenance === "reported" && p.count !== null && p.note === null && p.evidence)
    .sort((x, y) => y.count! - x.count!);
  const pair = strongest[0];
  if (pair && strongest.filter((p) => p.count === pair.count).length === 1) {
    const [row, col] = [byName.get(pair.a), byName.get(pair.b)].sort((x, y) => y!.videoCount - x!.videoCount);
    if (row && col)
      out.push({
        id: "strongest-reported-pair",
        figure: String(pair.count),
        text: `joint videos discuss ${row.name} together with ${col.name}, the most the paper reports for a pair.`,
        quote: pair.evidence,
        source: "Mailach et al., §IV-B",
        href: `/cooccurrence?cell=${row.slug}~${col.slug}`,
        linkLabel: `${row.name} × ${col.name}`,
      });
  }
  return out;
}
