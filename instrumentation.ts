/** Next.js calls register() once when a server starts: the search index is built then, not on the first search. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  try {
    const [{ currentSearchIndex }, { catalogue }] = await Promise.all([
      import("./lib/domain/search/server-index"),
      import("./lib/data"),
    ]);
    await currentSearchIndex(catalogue());
  } catch (err) {
    // No database yet (e.g. before the seed): it is built on first use instead.
    console.error("search index not built at start:", (err as Error).message);
  }
}
