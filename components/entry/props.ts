import type { ReactNode } from "react";
import type { CatalogueView } from "@/lib/data";

/**
 * What every entry page component takes: the view of the version it shows, the entry's key, the base of its links
 * ("" for the current pages, "/v/<version>" for a version's permalinks) and, on a permalink, the version banner.
 */
export interface EntryProps {
  view: CatalogueView;
  slug: string;
  base?: string;
  banner?: ReactNode;
}
