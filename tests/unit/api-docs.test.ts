/**
 * The API reference page: Redocly's build-docs run for real on the OpenAPI document (as `next build` does), then the
 * page as /api serves it: no inline script, the reference rendered into the HTML, its scripts as files.
 */
import { describe, expect, it } from "vitest";
import { docsAsset, docsOperationPage, docsOperations, docsPage } from "@/lib/api/docs";
import { openApiDocument } from "@/lib/api/openapi";
import { externaliseRedocPage } from "@/lib/domain/api-docs";

const HEAD = { description: "D", canonical: "https://map.example/api", icon: "/favicon.svg" };
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>/g;

describe("the API reference page", () => {
  it("is Redoc's page, rendered without JavaScript, with its scripts as files from this origin", async () => {
    const res = await docsPage();
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await res.text();
    expect(html.match(INLINE_SCRIPT)).toBeNull();
    expect(html.match(/<script[^>]*>/g)).toEqual([
      '<script src="/api/docs/color-mode.js">',
      '<script type="module" src="/api/docs/redoc.js">',
    ]);
    // Nothing from another origin: no script, stylesheet, preload or image.
    expect(html).not.toMatch(/<(script|img)[^>]+src="https?:/);
    expect(html).not.toMatch(/<link[^>]+rel="(stylesheet|preload|modulepreload)"[^>]+href="https?:/);
    expect(html).toContain("<title>API reference — LLM Engineering Knowledge Map</title>");
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/<link rel="canonical" href="[^"]+\/api">/);
    // Every operation's summary is in the markup itself (as React escapes text).
    const doc = openApiDocument();
    const escaped = (s: string) =>
      s
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;")
        .replace(/'/g, "&#x27;");
    // every method of every path (the layer endpoints, issue #23, have more than GET)
    const ops = Object.values(doc.paths ?? {}).flatMap((item) =>
      (["get", "put", "post", "delete"] as const).flatMap((m) => (item[m] ? [item[m]] : [])),
    );
    for (const op of ops) expect(html).toContain(escaped(op.summary!));

    // Each operation's link is its own address below /api, which serves the same page (app/api/other/[operation]).
    const operations = await docsOperations();
    expect(operations.sort()).toEqual(ops.map((op) => op.operationId!.toLowerCase()).sort());
    for (const op of operations) expect(html).toContain(`href="/api/other/${op}"`);
    expect(html).not.toMatch(/href="\/other\//);
    const operation = await docsOperationPage("listthemes");
    expect(operation.status).toBe(308);
    expect(operation.headers.get("location")).toBe("/api#/other/listthemes");
    const unknown = await docsOperationPage("nope");
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.message).toBe('No API operation "nope" in the reference at /api.');

    expect(html).toContain("url('/api/docs/tree-view-icons.woff')");
    expect(html).not.toContain("data:application/font-woff");
    const redoc = await docsAsset("redoc.js");
    expect(redoc.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    const js = await redoc.text();
    expect(js.length).toBeGreaterThan(1_000_000);
    expect(js).toContain(`"title":"${doc.info.title}"`);
    expect(js).toMatch(/hydrate\(__redoc_definition, __redoc_options, document\.getElementById\('redoc'\)\)/);
    expect(js).not.toContain("cdn.redoc.ly");
    expect(js).toContain('"routingBasePath":"/api"');
    expect(await (await docsAsset("color-mode.js")).text()).toContain("prefers-color-scheme: dark");
    const font = await docsAsset("tree-view-icons.woff");
    expect(font.headers.get("content-type")).toBe("font/woff");
    expect(
      Buffer.from(await font.arrayBuffer())
        .subarray(0, 4)
        .toString("latin1"),
    ).toBe("wOFF");
    expect((await docsAsset("redocly.svg")).headers.get("content-type")).toBe("image/svg+xml");
  }, 60_000);

  it("answers a JSON 404 for any other file", async () => {
    const res = await docsAsset("scalar.js");
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: { code: "not_found", message: 'No file "scalar.js" under /api/docs; try /api.' },
    });
  });

  it("moves scripts, the inlined font and the CDN logo into files, and refuses a page it does not know", () => {
    const font = "d09GRgABAAA=";
    const bundle =
      "const l=[`https://cdn.redoc.ly/redoc/logo-mini-full.svg`,`https://cdn.redoc.ly/redoc/logo-mini.svg`];" +
      `const f="url('data:application/font-woff;base64,${font}')";hydrate(x)`;
    const page = (body: string) => `<html><head><title>T</title></head><body>${body}</body></html>`;
    const style = `<style>src:url('data:application/font-woff;base64,${font}')</style>`;
    const link = '<a href="/other/listthemes">List themes</a>';
    const ok = page(
      `${style}<script>a()</script><div id="redoc">${link}</div><script type="module">${bundle}</script>`,
    );
    const out = externaliseRedocPage(ok, HEAD);
    expect(out.operations).toEqual(["listthemes"]);
    expect(out.html).toBe(
      page(
        "<style>src:url('/api/docs/tree-view-icons.woff')</style>" +
          '<script src="/api/docs/color-mode.js"></script>' +
          '<div id="redoc"><a href="/api/other/listthemes">List themes</a></div>' +
          '<script type="module" src="/api/docs/redoc.js"></script>',
      ).replace(
        "</title>",
        '</title>\n  <meta name="description" content="D">\n  <link rel="canonical" href="https://map.example/api">' +
          '\n  <link rel="icon" href="/favicon.svg">\n  <meta name="color-scheme" content="light dark">' +
          '\n  <link rel="stylesheet" href="/api/docs/phone.css">',
      ),
    );
    expect(out.assets["phone.css"].body).toMatch(
      /@media \(max-width: 600px\) \{\s+h1 \{\s+font-size: 1\.5rem !important;/,
    );
    expect(out.assets["color-mode.js"]).toEqual({ type: "text/javascript; charset=utf-8", body: "a()\n" });
    expect(out.assets["redoc.js"].body).toBe(
      "const l=[`/api/docs/redocly.svg`,`/api/docs/redocly.svg`];" +
        `const f="url('/api/docs/tree-view-icons.woff')";hydrate(x)\n`,
    );
    expect(out.assets["tree-view-icons.woff"]).toEqual({
      type: "font/woff",
      body: Uint8Array.from(Buffer.from(font, "base64")),
    });
    expect(out.assets["redocly.svg"].body).toContain(">Redocly</text>");

    expect(() => externaliseRedocPage(page(`<script type="module">${bundle}</script>`), HEAD)).toThrow(
      "expected one inline classic script then one inline module, found 1 script(s) (module)",
    );
    expect(() =>
      externaliseRedocPage(
        page('<script>a()</script><script type="module" src="https://cdn.example/r.js"></script>'),
        HEAD,
      ),
    ).toThrow(/found 2 script\(s\)/);
    expect(() => externaliseRedocPage(page('<script>a()</script><script type="module">b()</script>'), HEAD)).toThrow(
      "does not call hydrate()",
    );
    const noLogo = bundle.replace("logo-mini.svg", "logo.svg");
    expect(() =>
      externaliseRedocPage(page(`<script>a()</script><script type="module">${noLogo}</script>`), HEAD),
    ).toThrow("the bundle no longer loads https://cdn.redoc.ly/redoc/logo-mini.svg");
    const twoFonts = bundle.replace(font, "AAAA");
    expect(() =>
      externaliseRedocPage(page(`${style}<script>a()</script><script type="module">${twoFonts}</script>`), HEAD),
    ).toThrow("expected one inlined font, found 2");
  });
});
