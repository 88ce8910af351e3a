import { describe, expect, it } from "vitest";
import { localOriginWarning, publicOrigin } from "@/lib/site";

describe("public origin", () => {
  it("is SITE_URL without a trailing slash when set", () => {
    expect(publicOrigin({ SITE_URL: " https://llm-map.example.org/ ", PORT: "4000" })).toEqual({
      origin: "https://llm-map.example.org",
      fromSiteUrl: true,
    });
  });
  it("falls back to localhost on PORT (3000 by default) and says so in one line", () => {
    expect(publicOrigin({ PORT: "4000" })).toEqual({ origin: "http://localhost:4000", fromSiteUrl: false });
    expect(publicOrigin({ SITE_URL: "" })).toEqual({ origin: "http://localhost:3000", fromSiteUrl: false });
    const line = localOriginWarning("http://localhost:3000");
    expect(line).not.toContain("\n");
    expect(line).toBe(
      "SITE_URL is not set: canonical URLs, citations, link previews and " +
        "JSON-LD will name http://localhost:3000; set SITE_URL to the public " +
        "address when deploying.",
    );
  });
});
