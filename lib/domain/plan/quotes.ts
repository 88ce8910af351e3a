/** Practitioner quotes for a plan: the first few of each picked topic, verbatim, in the paper's order. */
export const QUOTES_PER_PICK = 3;

export interface PlanQuote {
  topic: string;
  video: string;
  text: string;
}

export function quotesFor(
  picks: readonly string[],
  quotesByTopic: ReadonlyMap<string, readonly PlanQuote[]>,
  perPick = QUOTES_PER_PICK,
): PlanQuote[] {
  return picks.flatMap((topic) =>
    (quotesByTopic.get(topic) ?? []).slice(0, perPick).map((q) => ({ topic, video: q.video, text: q.text })),
  );
}
