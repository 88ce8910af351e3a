/**
 * Slug rules. A slug is the stable, citable part of a URL, so it is derived from the
 * English name by one rule only: lower-case, `&` becomes `and`, any other run of
 * non-alphanumerics becomes a single hyphen.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export function isSlug(value: string): boolean {
  return value.length <= 100 && SLUG_PATTERN.test(value);
}
