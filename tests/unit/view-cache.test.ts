import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { staticizePage, strongEtag, viewKind, viewSpace } from "../../server/view-cache.mjs";

const page = (ogUrl: string, script = "self.__next_f.push([1])") =>
  `<html><head><meta property="og:url" content="${ogUrl}"/></head>` +
  (`<body><script nonce="abc123">${script}</script><script ` +
    `src="/_next/static/x.js" nonce="abc123"></script></body></html>`);

describe("which URLs the view cache may answer", () => {
  it("pages whose view lives in the query string, and every API read", () => {
    expect(viewKind("/?zoom=architecture-and-design&topic=rag-systems")).toBe("page");
    expect(viewKind("/cooccurrence?cell=rag-systems~evaluation")).toBe("page");
    expect(viewKind("/search?q=rag")).toBe("page");
    expect(viewKind("/api/v1/topics?theme=architecture-and-design")).toBe("api");
    // a layer changes with every save: never kept (issue #23)
    expect(viewKind("/api/v1/layers/Vt3xq0Wm7l1P2cQv9yJr4s8A")).toBeNull();
    expect(viewKind("/api/v1/layers/Vt3xq0Wm7l1P2cQv9yJr4s8A/revisions")).toBeNull();
    expect(viewKind("/topics/rag-systems?ref=x")).toBeNull();
    expect(viewKind("/about")).toBeNull();
  });

  it("search queries and plans come from an unbounded space and go to the smaller LRU", () => {
    expect(viewSpace("/search?q=anything-at-all")).toBe("open");
    expect(viewSpace("/plan?topics=rag-systems,fine-tuning")).toBe("open");
    expect(viewSpace("/api/v1/search?q=x")).toBe("open");
    expect(viewSpace("/api/v1/plan?topics=rag-systems")).toBe("open");
    expect(viewSpace("/?zoom=architecture-and-design")).toBe("closed");
    expect(viewSpace("/cooccurrence")).toBe("closed");
    expect(viewSpace("/api/v1/topics")).toBe("closed");
  });
});

describe("a kept page trades its nonce for the hashes of its own inline scripts", () => {
  it("removes nonce attributes and names each inline script's sha256", () => {
    const script = "self.__next_f.push([1])";
    const csp = "default-src 'self'; script-src 'self' 'nonce-abc123' 'strict-dynamic'";
    const result = staticizePage(page("http://x/", script), csp);
    const hash = `'sha256-${createHash("sha256").update(script).digest("base64")}'`;
    expect(result.html).not.toContain("nonce=");
    expect(result.csp).toBe(`default-src 'self'; script-src 'self' ${hash} 'strict-dynamic'`);
    expect(result.csp).not.toContain("unsafe-inline");
  });

  it("cuts the page's inline stylesheet to its rules and links the whole one, before taking the hashes", () => {
    const script = "self.__next_f.push([1])";
    const css = "body{margin:0}.used{color:red}.unused{color:blue}";
    const styled = page("http://x/", script)
      .replace(
        "</head>",
        `<style data-precedence="next" data-href="/_next/static/chunks/s.css" nonce="abc123">${css}</style></head>`,
      )
      .replace("<body>", `<body><p class="used">x</p>`);
    const result = staticizePage(styled, "default-src 'self'; script-src 'self' 'nonce-abc123'");
    expect(result.html).toContain(`data-href="/_next/static/chunks/s.css">body{margin:0}.used{color:red}</style>`);
    expect(result.html).toContain(`<link rel="stylesheet" href="/_next/static/chunks/s.linked.css"></body>`);
    const hash = `'sha256-${createHash("sha256").update(script).digest("base64")}'`;
    expect(result.csp).toBe(`default-src 'self'; script-src 'self' ${hash}`);
  });

  it("strong ETags differ with the body and are quoted", () => {
    const a = strongEtag(Buffer.from("a"));
    expect(a).toMatch(/^"[\w-]{32}"$/);
    expect(strongEtag(Buffer.from("b"))).not.toBe(a);
  });
});
