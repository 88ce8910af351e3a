/**
 * The heatmap's measures and orders by name: what its URL state (./url.ts) accepts. Apart from the code that
 * computes them (./matrix.ts, ./order.ts) so that the redirect rule, which the nginx front runs compiled to Lua
 * (server/lua/view-redirect.ts), takes only these lists with it.
 */
export type Measure = "count" | "jaccard" | "conditional";
export const MEASURES: readonly Measure[] = ["count", "jaccard", "conditional"];

export type Ordering = "theme" | "count" | "alpha" | "cluster";
export const ORDERINGS: readonly Ordering[] = ["theme", "count", "alpha", "cluster"];
