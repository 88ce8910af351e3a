"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo, useSyncExternalStore } from "react";
import { linkFromFragment } from "@/lib/domain/views/redirect";

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
  const { state, notices: own } = useMemo(
    () => parse(new URLSearchParams(searchParams.toString())),
    [searchParams, parse],
  );
  const linked = useLinkNotices((params) => parse(params).notices);
  const notices = useMemo(() => [...new Set([...own, ...linked])], [own, linked]);
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

/**
 * The notices for a link the server redirected to its canonical view (lib/domain/views/redirect.ts): its own
 * parameters, as sent, arrive in the fragment (#link=…), which no server or cache ever sees. The server-rendered
 * page has none; they show once the page runs, and go when the view changes (the fragment goes with it).
 */
export function useLinkNotices(notices: (sent: URLSearchParams) => string[]): string[] {
  const hash = useSyncExternalStore(subscribeToHash, currentHash, noHash);
  // `notices` is the caller's parser: it depends only on data fixed for the page's life.
  return useMemo(() => {
    const sent = linkFromFragment(hash);
    return sent ? notices(sent) : [];
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hash]);
}

function subscribeToHash(onChange: () => void) {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
}
const currentHash = () => window.location.hash;
const noHash = () => "";
