"use client";

import { QueryClient } from "@tanstack/react-query";
import { useState } from "react";

const OPTIONS = { defaultOptions: { queries: { staleTime: 5 * 60_000, retry: 1 } } };
let browserClient: QueryClient | null = null;

/**
 * The client-side data cache for data fetched after load (catalogue data changes rarely), passed to
 * `useQuery(options, client)` by the components that fetch. No provider at the root: TanStack Query
 * then loads only with those components, not with every page. One cache per browser tab; on the
 * server one per component render, so requests never share cached data.
 */
export function useAppQueryClient(): QueryClient {
  const [client] = useState(() =>
    typeof window === "undefined" ? new QueryClient(OPTIONS) : (browserClient ??= new QueryClient(OPTIONS)),
  );
  return client;
}
