"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";

/**
 * A chart's view state kept in the URL: parsed from the search params with the chart's own
 * pure parser, written with history.pushState (Next.js keeps useSearchParams in step), so
 * reload, back/forward and pasted links restore the view.
 */
export function useUrlState<S>(
  parse: (params: URLSearchParams) => { state: S; notices: string[] },
  serialize: (state: S) => string,
) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const { state, notices } = useMemo(() => parse(new URLSearchParams(searchParams.toString())), [searchParams, parse]);
  const navigate = useCallback(
    (next: Partial<S>) => {
      // Keep parameters the chart does not own (an embed's ?theme=) as they are.
      const own = new URLSearchParams(serialize({ ...state, ...next }));
      const kept = new URLSearchParams(window.location.search);
      for (const key of [...kept.keys()]) if (!KEPT_PARAMS.includes(key)) kept.delete(key);
      for (const [k, v] of kept) own.set(k, v);
      const query = own.toString().replace(/%7E/gi, "~");
      window.history.pushState(null, "", `${pathname}${query ? `?${query}` : ""}`);
    },
    [pathname, state, serialize],
  );
  return { state, notices, navigate };
}

/** Parameters that belong to the page around a chart rather than the chart's view. */
export const KEPT_PARAMS = ["theme"];
