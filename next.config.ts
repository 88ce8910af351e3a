import type { NextConfig } from "next";
import { aliasRedirects } from "./lib/build-redirects";
import { COMMON_SECURITY_HEADERS } from "./lib/http-guard.mjs";
import { cspModeFromEnv, distDir } from "./lib/build-contract.mjs";

// Only the embed routes may be shown inside other sites' frames; every other page refuses.
const common = COMMON_SECURITY_HEADERS.map(([key, value]) => ({ key, value }));

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // bench:csp builds a second variant of the site beside the real one, to measure it.
  distDir: distDir(),
  // Fixed at build, inlined into the server code (lib/csp.ts cspMode, proxy.ts's hash file).
  env: { KMAP_CSP_MODE: cspModeFromEnv(), KMAP_DIST_DIR: distDir() },
  poweredByHeader: false,
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
    ];
  },
};

export default nextConfig;
