/**
 * What a link to one heatmap cell is called (its page title and link preview): the pair and its count, or that the
 * count is not reported. One wording for the live page and the versioned permalink.
 */
import { canonicalPair } from "../pairs";

interface Named {
  slug: string;
  name: string;
  videoCount: number;
}
interface Counted {
  a: string;
  b: string;
  count: number | null;
  provenance: string;
}

export function cellMetadata(
  cell: [string, string] | null,
  topics: readonly Named[],
  pairs: readonly Counted[],
): { title: string; description: string } | null {
  if (!cell) return null;
  const row = topics.find((t) => t.slug === cell[0]);
  const column = topics.find((t) => t.slug === cell[1]);
  if (!row || !column) return null;
  const name = `${row.name} × ${column.name}`;
  if (row.slug === column.slug)
    return { title: row.name, description: `${row.name}: ${row.videoCount} practitioner videos.` };
  const [a, b] = canonicalPair(row.slug, column.slug);
  const pair = pairs.find((p) => p.a === a && p.b === b);
  if (!pair || pair.count === null)
    return {
      title: `${name}: not reported`,
      description: `How many videos discuss both ${row.name} and ${column.name} is not reported in the paper’s text.`,
    };
  const how = pair.provenance === "reported" ? "reported in the paper" : "computed from imported assignments";
  return {
    title: `${name}: ${pair.count} joint videos`,
    description:
      `${pair.count} practitioner videos discuss both ${row.name} and ${column.name} (${how}); ` +
      `${row.name} is in ${row.videoCount}, ${column.name} in ${column.videoCount}.`,
  };
}
