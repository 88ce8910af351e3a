/** A word-level diff of two texts (longest common subsequence over whitespace-separated words). */

export type WordOp = "same" | "added" | "removed";
export interface WordPart {
  op: WordOp;
  /** The words of this run, joined by single spaces. */
  text: string;
}

/** Above this many word pairs the diff gives up on alignment and shows the old text removed, the new added. */
const MAX_CELLS = 4_000_000;

export function wordDiff(before: string, after: string): WordPart[] {
  const a = before.split(/\s+/).filter(Boolean);
  const b = after.split(/\s+/).filter(Boolean);
  const parts: WordPart[] = [];
  const push = (op: WordOp, word: string) => {
    const last = parts.at(-1);
    if (last?.op === op) last.text += ` ${word}`;
    else parts.push({ op, text: word });
  };
  if (a.length * b.length > MAX_CELLS) {
    a.forEach((w) => push("removed", w));
    b.forEach((w) => push("added", w));
    return parts;
  }
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push("same", a[i]);
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) push("removed", a[i++]);
    else push("added", b[j++]);
  }
  while (i < a.length) push("removed", a[i++]);
  while (j < b.length) push("added", b[j++]);
  return parts;
}
