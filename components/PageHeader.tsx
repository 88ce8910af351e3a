import { IntentLink as Link } from "@/components/IntentLink";
import { SectionLink } from "./SectionLink";

export interface Crumb {
  href: string;
  label: string;
}

export function PageHeader({
  crumbs = [],
  kicker,
  title,
  children,
}: {
  crumbs?: Crumb[];
  kicker?: string;
  title: string;
  children?: React.ReactNode;
}) {
  return (
    <div className="mb-8">
      {crumbs.length > 0 && (
        <nav aria-label="Breadcrumb" className="mb-3 text-sm text-slate-600 dark:text-slate-400">
          <ol className="flex flex-wrap items-center gap-1">
            {crumbs.map((c) => (
              <li key={c.href} className="flex items-center gap-1">
                <Link href={c.href} className="hover:underline">
                  {c.label}
                </Link>
                <span aria-hidden="true">/</span>
              </li>
            ))}
          </ol>
        </nav>
      )}
      {kicker && (
        <p className="text-sm font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">{kicker}</p>
      )}
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl dark:text-white">{title}</h1>
      {children}
    </div>
  );
}

export function Section({
  title,
  id,
  children,
  aside,
}: {
  title: string;
  id: string;
  children: React.ReactNode;
  aside?: React.ReactNode;
}) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="mt-10 scroll-mt-6">
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h2
          id={`${id}-heading`}
          className={
            "group flex items-baseline gap-2 text-xl font-semibold tracking-tight text-slate-900 dark:text-white"
          }
        >
          {title} <SectionLink id={id} title={title} />
        </h2>
        {aside}
      </div>
      {children}
    </section>
  );
}

export function EditorialBadge({
  title = "Our own mapping: the two source papers do not map topics to lifecycle phases",
}: {
  title?: string;
}) {
  return (
    <span
      title={title}
      className={
        "inline-flex items-center rounded-full border border-amber-300 " +
        "bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-900 " +
        "dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200"
      }
    >
      Editorial mapping
    </span>
  );
}
