/** Small display helpers shared by pages (no React, no data access). */
export function shortHash(hash: string): string {
  return hash.slice(0, 12);
}
