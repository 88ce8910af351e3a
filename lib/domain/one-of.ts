/**
 * Whether a value is one of a fixed list of string values (a `const` tuple), then typed as one of them: the one
 * membership test for URL parameters, stored kinds and file names alike.
 */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (values as readonly string[]).includes(value);
}
