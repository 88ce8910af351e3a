import { SiteHeader } from "./SiteHeader";
import { SiteFooter } from "./SiteFooter";
import { SectionLinkCopier } from "./SectionLinkCopier";
import { catalogue } from "@/lib/data";

/** Header, main landmark and footer of every site page (embeds have none of it). */
export async function SiteChrome({ children }: { children: React.ReactNode }) {
  const reader = catalogue();
  const [version, sources] = await Promise.all([reader.datasetVersion(), reader.sources()]);
  const study = sources.find((s) => s.shareDenominator !== null) ?? sources[0];
  return (
    <div className="flex min-h-screen flex-col">
      <SiteHeader datasetVersion={version.version} />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6 sm:py-10">
        {children}
      </main>
      <SiteFooter version={version} study={study} />
      <SectionLinkCopier />
    </div>
  );
}
