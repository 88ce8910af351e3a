import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/site";

/** /robots.txt: everything may be crawled except the API's query space; the sitemap lists the pages. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/og/", "/embed/"] },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
