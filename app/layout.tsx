import type { Metadata, Viewport } from "next";
import "./globals.css";
import { inter } from "./fonts";
import { connection } from "next/server";
import { siteUrl } from "@/lib/site";
import { cspMode } from "@/lib/csp";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: "LLM Engineering Knowledge Map", template: "%s · LLM Engineering Knowledge Map" },
  description:
    "What practitioners discuss when building LLM-based applications for " +
    "production: 8 themes and 20 topics from 189 videos, with quotes, " +
    "co-occurrences and the six lifecycle phases.",
  icons: { icon: "/favicon.svg" },
  openGraph: { siteName: "LLM Engineering Knowledge Map", type: "website" },
  twitter: { card: "summary_large_image" },
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
  // Only in bench:csp's comparison build: render every page per request, as a nonce needs.
  if (cspMode() === "nonce") await connection();
  return (
    <html lang="en" className={inter.variable}>
      <body>{children}</body>
    </html>
  );
}
