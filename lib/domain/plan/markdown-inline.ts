/** Markdown-safe inline text: no line breaks, no characters that would start markup. */
export function inline(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(/([\\`*_[\]<>|])/g, "\\$1")
    .trim();
}
