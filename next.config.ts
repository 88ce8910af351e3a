import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { aliasRedirects } from "./lib/build-redirects";
import { COMMON_SECURITY_HEADERS } from "./server/http-guard.mjs";
import { cspModeFromEnv, distDir } from "./server/build-contract.mjs";
import { ENTRY_READ_ROUTE } from "./server/entry-reads.mjs";
import { localOriginWarning, publicOrigin } from "./lib/site";

// The public origin, fixed at build time (lib/site.ts): prerendered and per-request pages name the same one.
const site = publicOrigin({ SITE_URL: process.env.SITE_URL, PORT: process.env.PORT });

// Only the embed routes may be shown inside other sites' frames; every other page refuses.
const common = COMMON_SECURITY_HEADERS.map(([key, value]) => ({ key, value }));

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // bench:csp builds a second variant of the site beside the real one, to measure it.
  distDir: distDir(),
  // Fixed at build, inlined into the server code (lib/csp.ts cspMode, proxy.ts's hash file) and, for the public
  // origin, into client code too (lib/site.ts).
  env: { KMAP_CSP_MODE: cspModeFromEnv(), KMAP_DIST_DIR: distDir(), KMAP_SITE_URL: site.origin },
  poweredByHeader: false,
  // The stylesheet (9.7 kB compressed) goes inside each page instead of behind a second round trip, which on a
  // phone's slow 4G is most of the first paint: LCP 2.0–2.2 s → 1.3–1.4 s and +3–4 performance in an A/B
  // (`npm run bench:lighthouse -- --throttling devtools --against DIST`, README). Next also repeats it in the
  // page's inline data: brotli, which browsers use over HTTPS, folds the copies (+8.5 kB on a topic page); gzip
  // cannot (+28 kB), and still came out ahead.
  experimental: { inlineCss: true },
  // Next.js keeps rendered responses in an in-memory LRU of 50 MB by default. Prerendered
  // pages are answered from server.mjs's own store and everything else is rendered per
  // request, so that memory would only fill with what crawlers ask for: off (the filesystem
  // copy of the build stays the source).
  cacheMaxMemorySize: 0,
  // Renamed entries: their old slugs answer 308 with the new URL (pages are prerendered,
  // so the redirects are too).
  async redirects() {
    return aliasRedirects();
  },
  async headers() {
    return [
      {
        source: "/((?!embed/).*)",
        headers: [...common, { key: "X-Frame-Options", value: "DENY" }],
      },
      // Content-Security-Policy (frame-ancestors included) is set per request in proxy.ts.
      { source: "/embed/:path*", headers: common },
      // The API and the data downloads are public: any site may read them from the browser (GET only, no cookies).
      // The API's entry reads come to Next.js at ENTRY_READ_ROUTE, as the production server hands them over
      // (server/entry-reads.mjs).
      ...["/api/v1/:path*", ENTRY_READ_ROUTE, "/data/:path*"].map((source) => ({
        source,
        headers: [{ key: "Access-Control-Allow-Origin", value: "*" }],
      })),
    ];
  },
};

export default function config(phase: string): NextConfig {
  // One line, once per build (the build's worker processes inherit the flag).
  if (phase === PHASE_PRODUCTION_BUILD && !site.fromSiteUrl && !process.env.KMAP_SITE_URL_NOTICE) {
    process.env.KMAP_SITE_URL_NOTICE = "1";
    console.warn(localOriginWarning(site.origin));
  }
  return nextConfig;
}
