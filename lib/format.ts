/** Small display helpers shared by pages (no React, no data access). */
export function shortHash(hash: string): string {
  return hash.slice(0, 12);
}

/** "Mailach, A., Simon, S., Dorn, J., & Siegmund, N." (APA author list). */
export function apaAuthors(authors: readonly string[]): string {
  const names = authors.map((full) => {
    const parts = full.trim().split(/\s+/);
    const last = parts.pop()!;
    return `${last}, ${parts.map((p) => `${p[0]}.`).join(" ")}`;
  });
  if (names.length === 1) return names[0];
  return `${names.slice(0, -1).join(", ")}, & ${names[names.length - 1]}`;
}
