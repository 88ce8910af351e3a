import type { TreemapTheme, TreemapTopic } from "@/lib/domain/treemap/explorer-input";

/**
 * Every tile of the map by name, beside it: the themes (or the zoomed theme) with their topics and counts, each
 * topic a link that selects it as a click on its tile does. Small tiles have no room for a label; this list names
 * them all, for every reader and for assistive technology. Shown where the topic's details go until one is picked.
 */
export function TileList({
  themes,
  topics,
  zoom,
  hint,
  topicHref,
  onSelect,
}: {
  themes: TreemapTheme[];
  topics: TreemapTopic[];
  zoom: string | null;
  hint: string;
  topicHref: (slug: string) => string;
  onSelect: (slug: string) => void;
}) {
  const shown = zoom ? themes.filter((t) => t.slug === zoom) : themes;
  return (
    <nav
      aria-labelledby="tile-list-heading"
      className="rounded-xl border border-slate-200 p-4 text-sm dark:border-slate-800"
      data-testid="tile-list"
    >
      <h2 id="tile-list-heading" className="font-semibold">
        {zoom ? "Topics in this theme" : "Every tile on the map"}
      </h2>
      <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-400" data-testid="topic-panel-hint">
        {hint}
      </p>
      <ul className="mt-2 space-y-2">
        {shown.map((theme) => (
          <li key={theme.slug}>
            <p
              className={
                "flex justify-between gap-2 text-xs font-medium uppercase tracking-wide " +
                "text-slate-600 dark:text-slate-400"
              }
            >
              <span>{theme.name}</span>
              <span className="tabular-nums">{theme.videoCount}</span>
            </p>
            <ul>
              {topics
                .filter((t) => t.theme === theme.slug)
                .map((t) => (
                  <li key={t.slug}>
                    <a
                      href={topicHref(t.slug)}
                      onClick={(e) => {
                        e.preventDefault();
                        onSelect(t.slug);
                      }}
                      className={
                        "flex justify-between gap-2 rounded px-1 leading-6 text-sky-700 hover:bg-slate-100 " +
                        "dark:text-sky-400 dark:hover:bg-slate-800"
                      }
                      data-slug={t.slug}
                    >
                      <span>{t.name}</span>
                      <span className="tabular-nums text-slate-600 dark:text-slate-400">
                        {t.videoCount}
                        <span className="sr-only"> videos</span>
                      </span>
                    </a>
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ul>
    </nav>
  );
}
