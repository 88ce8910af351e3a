"use client";

import { useQuery } from "@tanstack/react-query";
import { useAppQueryClient } from "@/components/hooks/useAppQueryClient";
import { CitationView } from "./CitationView";

/**
 * The citation file's text, fetched from the download endpoint (its access date is the reader's day, so it
 * is never prerendered). Loaded after the page (CiteControl), so TanStack Query is not in the first load.
 */
export default function CitationText({ file }: { file: string }) {
  const queryClient = useAppQueryClient();
  const query = useQuery(
    {
      queryKey: ["citation", file],
      queryFn: async ({ signal }) => {
        const res = await fetch(file, { signal });
        if (!res.ok) throw new Error(`The server answered ${res.status}.`);
        return res.text();
      },
    },
    queryClient,
  );
  const text = query.isPending
    ? "Loading…"
    : query.isError
      ? `Could not load the citation: ${query.error.message}`
      : query.data;
  return <CitationView file={file} text={text} copyText={query.data ?? ""} />;
}
