/** Reading view state from search params given either as URLSearchParams or as Next's record. */
export type SearchParamsLike = { get(key: string): string | null } | Record<string, string | string[] | undefined>;

export function readParam(params: SearchParamsLike, key: string): string | null {
  if (typeof (params as { get?: unknown }).get === "function")
    return (params as { get(k: string): string | null }).get(key);
  const v = (params as Record<string, string | string[] | undefined>)[key];
  return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
}

/**
 * A URL value quoted back in a notice, cut so a hostile link cannot flood the page. The cut never
 * splits a character written as two UTF-16 units (an emoji): half of one would show as "�".
 */
export function clipForNotice(value: string): string {
  if (value.length <= 60) return value;
  const unit = value.charCodeAt(59);
  const end = unit >= 0xd800 && unit <= 0xdbff ? 59 : 60;
  return `${value.slice(0, end)}…`;
}
