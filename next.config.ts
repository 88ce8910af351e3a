import type { NextConfig } from "next";
import { aliasRedirects } from "./lib/build-redirects";

// Only the embed routes may be shown inside other sites' frames; every other page refuses.
const common = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
];

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // bench:csp builds a second variant of the site beside the real one, to measure it.
  distDir: process.env.KMAP_DIST_DIR || ".next",
  poweredByHeader: false,
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
