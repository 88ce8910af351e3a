/** Reading view state from search params given either as URLSearchParams or as Next's record. */
export type SearchParamsLike = { get(key: string): string | null } | Record<string, string | string[] | undefined>;

export function readParam(params: SearchParamsLike, key: string): string | null {
  if (typeof (params as { get?: unknown }).get === "function")
    return (params as { get(k: string): string | null }).get(key);
  const v = (params as Record<string, string | string[] | undefined>)[key];
  return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
}

/** A URL value quoted back in a notice, cut so a hostile link cannot flood the page. */
export function clipForNotice(value: string): string {
  return value.length > 60 ? `${value.slice(0, 60)}…` : value;
}
