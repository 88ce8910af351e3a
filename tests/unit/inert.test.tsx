import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { Markdown } from "@/components/Markdown";
import { QuoteBlock } from "@/components/QuoteBlock";
import { JsonLd } from "@/components/JsonLd";

// Content is data, never markup: HTML in a summary, quote or name must reach the page as text.
const HOSTILE = `<script>alert("x")</script><img src=x onerror=alert(1)>`;

describe("content is rendered inert", () => {
  it("a summary containing HTML shows it as text", () => {
    const html = renderToStaticMarkup(
      <Markdown>{`Before ${HOSTILE} after.\n\n<iframe src="https://evil.example"></iframe>`}</Markdown>,
    );
    expect(html).not.toMatch(/<script|<img|<iframe/i);
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("Before");
  });
  it("a quote containing HTML shows it as text", () => {
    const html = renderToStaticMarkup(<QuoteBlock text={HOSTILE} video="V3" />);
    expect(html).not.toMatch(/<script|<img /i);
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });
  it("JSON-LD cannot be closed from inside", () => {
    const html = renderToStaticMarkup(<JsonLd data={{ name: `</script><script>alert(1)</script>` }} />);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).toContain("\\u003c/script>");
  });
});
