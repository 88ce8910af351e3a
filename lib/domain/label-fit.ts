/**
 * Fitting tile labels without measuring the DOM, so server and client render the same
 * text (no hydration mismatch, no layout shift). Widths are estimated from average glyph
 * widths of a system sans-serif; the estimate errs wide so text never spills.
 */
const NARROW = /[ilIjtf.,:;'!|’[\]()]/;
const WIDE = /[mwMW@%&]/;

/** Semibold glyphs run about a tenth wider than regular ones. */
export const BOLD_FACTOR = 1.1;

export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (ch === " ") em += 0.3;
    else if (NARROW.test(ch)) em += 0.32;
    else if (WIDE.test(ch)) em += 0.9;
    else if (ch >= "A" && ch <= "Z") em += 0.68;
    else if (ch >= "0" && ch <= "9") em += 0.6;
    else em += 0.56;
  }
  return em * fontSize * (bold ? BOLD_FACTOR : 1);
}

/**
 * The longest prefix of `text` (ending in "…" when cut) that fits `maxWidth`, or "" when
 * not even one character and the ellipsis fit.
 */
export function fitText(text: string, maxWidth: number, fontSize: number, bold = false): string {
  if (estimateTextWidth(text, fontSize, bold) <= maxWidth) return text;
  const chars = [...text];
  for (let n = chars.length - 1; n >= 1; n--) {
    const candidate = chars.slice(0, n).join("").trimEnd() + "…";
    if (estimateTextWidth(candidate, fontSize, bold) <= maxWidth) return candidate;
  }
  return "";
}
