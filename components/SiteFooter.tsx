import { IntentLink as Link } from "@/components/IntentLink";
import { StaticMarkup } from "@/components/StaticMarkup";
import { archivePath } from "@/lib/domain/datapackage/paths";
import type { DatasetVersionInfo } from "@/lib/schemas/api";
import type { SourceInfo } from "@/lib/data";
import { shortHash } from "@/lib/format";
import { formatCitation, studyCsl } from "@/lib/domain/citation";
import { CODE_LICENCE, CONTENT_LICENCE, STUDY_ATTRIBUTION } from "@/lib/domain/licence";

export function SiteFooter({ version, study }: { version: DatasetVersionInfo; study: SourceInfo }) {
  return (
    <footer
      className={
        "mt-16 border-t border-slate-200 bg-slate-50 text-sm text-slate-600 " +
        "dark:border-slate-800 dark:bg-slate-900 dark:text-slate-400"
      }
    >
      <StaticMarkup className="mx-auto grid max-w-6xl gap-6 px-4 py-8 sm:px-6 md:grid-cols-2">
        <div>
          <h2 className="font-semibold text-slate-900 dark:text-slate-100">Dataset</h2>
          <p className="mt-1" data-testid="dataset-version">
            Version <span className="font-mono">{version.version}</span>, released {version.releasedAt}
            <span className="block">
              Content hash{" "}
              <span className="font-mono" title={version.contentHash}>
                {shortHash(version.contentHash)}
              </span>
            </span>
          </p>
          <p className="mt-2">
            <Link className="underline hover:text-slate-900 dark:hover:text-white" href="/about">
              Sources and method
            </Link>
            {" · "}
            <Link className="underline hover:text-slate-900 dark:hover:text-white" href="/about#conclusions">
              What the paper concludes
            </Link>
            {" · "}
            <Link className="underline hover:text-slate-900 dark:hover:text-white" href="/changelog">
              Changelog
            </Link>
            {" · "}
            {/* A full page load: the reference renderer boots from its own script. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a className="underline hover:text-slate-900 dark:hover:text-white" href="/api">
              JSON API
            </a>
            {" · "}
            <a
              className="underline hover:text-slate-900 dark:hover:text-white"
              href={archivePath(version.version)}
              download
              data-testid="footer-data-archive"
            >
              Download the dataset (zip)
            </a>{" "}
            (
            <a
              className="underline hover:text-slate-900 dark:hover:text-white"
              href={`/data/${version.version}/datapackage.json`}
              data-testid="footer-data-package"
            >
              data package descriptor
            </a>
            )
          </p>
        </div>
        <div>
          <h2 className="font-semibold text-slate-900 dark:text-slate-100">How to cite the study</h2>
          <p className="mt-1 break-words" data-testid="study-citation">
            {formatCitation(studyCsl(study), "apa")}
          </p>
          <p className="mt-2" data-testid="licence">
            Our text (summaries, descriptions, mappings):{" "}
            <a
              className="underline hover:text-slate-900 dark:hover:text-white"
              rel="license"
              href={CONTENT_LICENCE.path}
            >
              CC BY 4.0
            </a>
            . Quotes and figures: {STUDY_ATTRIBUTION}. Code: {CODE_LICENCE.name}.{" "}
            <Link className="underline hover:text-slate-900 dark:hover:text-white" href="/about#licence">
              Licence
            </Link>
          </p>
        </div>
      </StaticMarkup>
    </footer>
  );
}
