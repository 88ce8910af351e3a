import type { Metadata, Viewport } from "next";
import "./globals.css";
import { SiteHeader } from "@/components/SiteHeader";
import { SiteFooter } from "@/components/SiteFooter";
import { catalogue } from "@/lib/data";
import { Providers } from "./providers";

export const metadata: Metadata = {
  title: { default: "LLM Engineering Knowledge Map", template: "%s · LLM Engineering Knowledge Map" },
  description:
    "What practitioners discuss when building LLM-based applications for production: 8 themes and 20 topics from 189 videos, with quotes, co-occurrences and the six lifecycle phases.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#020617" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const reader = catalogue();
  const [version, sources] = await Promise.all([reader.datasetVersion(), reader.sources()]);
  const study = sources.find((s) => s.shareDenominator !== null) ?? sources[0];
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6 sm:py-10">
          <Providers>{children}</Providers>
        </main>
        <SiteFooter version={version} study={study} />
      </body>
    </html>
  );
}
