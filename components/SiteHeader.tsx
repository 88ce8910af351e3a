import { IntentLink as Link } from "@/components/IntentLink";
import { SearchBox } from "@/components/search/SearchBox";

const NAV = [
  { href: "/", label: "Map" },
  { href: "/cooccurrence", label: "Co-occurrence" },
  { href: "/phases", label: "Phases" },
  { href: "/considerations", label: "Considerations" },
  { href: "/plan", label: "Plan" },
  { href: "/about", label: "About" },
];

export function SiteHeader({ datasetVersion }: { datasetVersion: string }) {
  return (
    <header className="border-b border-slate-200 bg-white/90 dark:border-slate-800 dark:bg-slate-950/90">
      <a
        href="#main"
        className={
          "sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 " +
          "focus:z-50 focus:rounded focus:bg-sky-700 focus:px-3 focus:py-2 " +
          "focus:text-white"
        }
      >
        Skip to content
      </a>
      {/* On a phone: name and search on one row, the sections on one scrollable row below (about 100 px). */}
      <div
        className={
          "mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-3 gap-y-1 px-4 py-2 " +
          "sm:gap-x-6 sm:gap-y-2 sm:py-3 sm:px-6"
        }
        data-testid="site-header"
      >
        <Link
          href="/"
          className={
            "flex shrink-0 items-center gap-2 font-semibold tracking-tight text-slate-900 dark:text-white " +
            "max-sm:w-40 max-sm:text-sm max-sm:leading-tight"
          }
        >
          <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6">
            <rect x="2" y="2" width="12" height="12" rx="2" fill="#0072B2" />
            <rect x="16" y="2" width="6" height="8" rx="2" fill="#E69F00" />
            <rect x="16" y="12" width="6" height="10" rx="2" fill="#009E73" />
            <rect x="2" y="16" width="12" height="6" rx="2" fill="#CC79A7" />
          </svg>
          <span>LLM Engineering Knowledge Map</span>
        </Link>
        <nav aria-label="Main" className="max-sm:order-last max-sm:-mx-4 max-sm:w-screen max-sm:overflow-x-auto">
          <ul className="flex gap-x-1 text-sm max-sm:px-2 sm:flex-wrap">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  className={
                    "inline-flex min-h-6 items-center whitespace-nowrap rounded px-2.5 py-1.5 text-slate-700 " +
                    "hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 " +
                    "dark:hover:bg-slate-800 dark:hover:text-white"
                  }
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="max-sm:min-w-0 max-sm:flex-1">
          <SearchBox version={datasetVersion} />
        </div>
      </div>
    </header>
  );
}
