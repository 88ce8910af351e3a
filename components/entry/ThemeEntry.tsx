import { StaticMarkup } from "@/components/StaticMarkup";
import { IntentLink as Link } from "@/components/IntentLink";
import type { EntryProps } from "./props";
import { entryPath } from "@/lib/domain/entry-path";
import { themeColor } from "@/lib/domain/palette";
import { EntryFigure } from "./EntryFigure";
import { PageHeader, Section } from "@/components/PageHeader";
import { EntryCite } from "./EntryCite";
import { CopyLinkButton } from "@/components/CopyButton";
import { ThemeOriginNote } from "@/components/paper/ThemeOriginNote";
import { EntryJsonLd } from "./EntryJsonLd";

/** A theme's page, at the current version (base "") or at one dataset version (base "/v/<version>"). */
export function ThemeEntry({ view, slug, base = "", banner }: EntryProps) {
  const live = base === "";
  const theme = view.theme(slug)!;
  const version = view.datasetVersion();
  const color = themeColor(theme.position);
  return (
    <article>
      {banner}
      {live && <EntryJsonLd kind="theme" slug={theme.slug} />}
      <PageHeader crumbs={[{ href: "/", label: "Map" }]} kicker="Theme" title={theme.name}>
        <p className="mt-4 max-w-3xl text-lg leading-8 text-slate-700 dark:text-slate-300">{theme.summary}</p>
        {live && (
          <div className="mt-3">
            <CopyLinkButton />
          </div>
        )}
        <div className="mt-5">
          <EntryFigure of={theme} color={color} size="lg" />
        </div>
        {/* Snapshots before 1.2.0 do not record where a theme comes from. */}
        {view.recorded.themeOrigins && <ThemeOriginNote origin={theme.origin} evidence={theme.originEvidence} />}
      </PageHeader>
      <StaticMarkup>
        <Section title={`Topics (${theme.topicSummaries.length})`} id="topics">
          <ul className="grid gap-4 sm:grid-cols-2" data-testid="theme-topics">
            {theme.topicSummaries.map((t) => (
              <li key={t.slug} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
                <Link
                  href={entryPath("topic", t.slug, base)}
                  className="text-lg font-medium text-sky-700 hover:underline dark:text-sky-400"
                >
                  {t.name}
                </Link>
                <div className="mt-2">
                  <EntryFigure of={t} color={color} />
                </div>
              </li>
            ))}
          </ul>
          {theme.topicSummaries.length === 1 && (
            <p className="mt-4 text-sm text-slate-600 dark:text-slate-400">
              The paper reports this theme as a single topic of the same name.
            </p>
          )}
        </Section>
      </StaticMarkup>
      <div className="mt-10 max-w-xl">
        <EntryCite kind="theme" slug={theme.slug} base={base} version={version.version} />
      </div>
    </article>
  );
}
