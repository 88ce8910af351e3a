import { IntentLink as Link } from "@/components/IntentLink";
import type { Topic } from "@/lib/schemas/api";
import { entryPath } from "@/lib/domain/entry-path";
import { formatShare } from "@/lib/domain/share";

/**
 * The topics an entry is mapped to, each with its figures and the reason (a phase's topics, a consideration's topics):
 * the one list both pages show.
 */
export function TopicLinkList({
  links,
  topics,
  base = "",
  testId,
}: {
  links: ReadonlyArray<{ topic: string; rationale: string }>;
  topics: readonly Topic[];
  base?: string;
  testId: string;
}) {
  const bySlug = new Map(topics.map((t) => [t.slug, t]));
  return (
    <ul className="space-y-3" data-testid={testId}>
      {links.map((l) => {
        const t = bySlug.get(l.topic)!;
        return (
          <li key={l.topic} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
            <p className="flex flex-wrap items-baseline justify-between gap-2">
              <Link
                href={entryPath("topic", t.slug, base)}
                className="font-medium text-sky-700 hover:underline dark:text-sky-400"
              >
                {t.name}
              </Link>
              <span className="text-sm tabular-nums text-slate-600 dark:text-slate-400">
                {t.videoCount} videos · {formatShare(t.share)}
              </span>
            </p>
            <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{l.rationale}</p>
          </li>
        );
      })}
    </ul>
  );
}
