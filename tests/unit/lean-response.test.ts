import { createServer, request, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { holdForLeanHtml, leanBody, mayBeLeanPage } from "@/server/lean-response.mjs";

const CSS = "body{color:red}.a{margin:0}";
/** The whole stylesheet: the page uses CSS's rules, not `.z`'s. */
const WHOLE = `${CSS}.z{margin:1px}`;
const LINK = `<link rel="stylesheet" href="/_next/static/chunks/site.linked.css">`;
const HREF = "/_next/static/chunks/site.css";
const hex = (s: string) => Buffer.byteLength(s, "utf8").toString(16);
const push = (chunk: string) => `<script nonce="n1">self.__next_f.push([1,${JSON.stringify(chunk)}])</script>`;
const styleRow = `["$","style","0",{"nonce":"$undefined","precedence":"next","href":"${HREF}","children":"$2"}]`;
const ROWS = `0:{"r":[${styleRow}]}\n2:T${hex(WHOLE)},${WHOLE}5:["$","p",null,{"children":"72 videos"}]\n`;
/** A page as Next.js streams it per request: the stylesheet in the head, and again in the payload. */
const HEAD = `<!DOCTYPE html><html><head><style data-precedence="next" data-href="${HREF}">${WHOLE}</style></head>`;
const BODY = `<body><p class="a">RAG Systems</p>${push(ROWS.slice(0, 40))}${push(ROWS.slice(40))}</body></html>`;
const payloadOf = (html: string) =>
  [...html.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)].map((m) => JSON.parse(m[1])).join("");

describe("mayBeLeanPage", () => {
  it("holds GETs for documents only", () => {
    expect(mayBeLeanPage("GET", "/changelog", {})).toBe(true);
    expect(mayBeLeanPage("GET", "/plan", {})).toBe(true);
    expect(mayBeLeanPage("HEAD", "/changelog", {})).toBe(false);
    expect(mayBeLeanPage("GET", "/changelog", { rsc: "1" })).toBe(false);
    expect(mayBeLeanPage("GET", "/api/v1/topics", {})).toBe(false);
    expect(mayBeLeanPage("GET", "/_next/static/chunks/a.js", {})).toBe(false);
    expect(mayBeLeanPage("GET", "/plan.md", {})).toBe(false);
    expect(mayBeLeanPage("GET", "/data/1.3.0/datapackage.json", {})).toBe(false);
  });
});

describe("leanBody", () => {
  it("drops the payload's copy, cuts the inline stylesheet to the page's rules, compresses as asked", () => {
    const html = Buffer.from(HEAD + BODY);
    const br = leanBody(html, "gzip, br");
    expect(br.encoding).toBe("br");
    const text = brotliDecompressSync(br.body).toString("utf8");
    expect(text.split(CSS)).toHaveLength(2); // once, in the head
    expect(text).not.toContain(WHOLE);
    expect(text).toContain(`${LINK}</body>`);
    expect(payloadOf(text)).toBe(`0:{"r":[${styleRow}]}\n2:""\n5:["$","p",null,{"children":"72 videos"}]\n`);
    expect(br.removed).toBe(html.length - text.length);
    expect(gunzipSync(leanBody(html, "gzip").body).toString("utf8")).toBe(text);
    expect(leanBody(html, undefined)).toMatchObject({ encoding: "identity", body: Buffer.from(text) });
  });
});

describe("holdForLeanHtml", () => {
  let base = "";
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    holdForLeanHtml(req, res);
    // What Next.js's compression puts over writeHead (on-headers): it must keep being called.
    const underneath = res.writeHead;
    res.writeHead = ((...args: Parameters<typeof res.writeHead>) => {
      res.setHeader("x-header-hook", "called");
      return underneath.apply(res, args);
    }) as typeof res.writeHead;
    // What the inner handler (Next.js) saw, and how it writes: headers, a flush, then chunks.
    res.setHeader("x-seen-accept-encoding", String(req.headers["accept-encoding"] ?? "none"));
    if (req.url === "/page") {
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.setHeader("Vary", "rsc");
      res.flushHeaders();
      res.write(HEAD);
      res.write(Buffer.from(BODY.slice(0, 50)));
      res.end(BODY.slice(50));
    } else if (req.url === "/missing") {
      res.writeHead(404, { "Content-Type": "text/html; charset=utf-8" });
      res.end(HEAD + BODY);
    } else if (req.url === "/large") {
      // A streamed body larger than the socket's buffer: the writer waits for 'drain'.
      res.writeHead(200, { "Content-Type": "image/png" });
      let left = 64;
      const pump = () => {
        while (left > 0) {
          left -= 1;
          if (!res.write(Buffer.alloc(64 * 1024, left))) return void res.once("drain", pump);
        }
        res.end();
      };
      pump();
    } else {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.write('{"a":');
      res.end("1}");
    }
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** Raw HTTP: fetch would decompress and hide the headers. */
  const get = (path: string, acceptEncoding?: string) =>
    new Promise<{ status: number; headers: IncomingMessage["headers"]; body: Buffer }>((resolve, reject) => {
      const req = request(`${base}${path}`, { headers: acceptEncoding ? { "accept-encoding": acceptEncoding } : {} });
      req.on("response", (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on("error", reject);
      req.end();
    });

  it("sends an HTML page once complete, without the payload's copy, compressed, with its length", async () => {
    const res = await get("/page", "br, gzip");
    expect(res.status).toBe(200);
    expect(res.headers["x-seen-accept-encoding"]).toBe("none");
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers["content-length"]).toBe(String(res.body.length));
    expect(res.headers["transfer-encoding"]).toBeUndefined();
    expect(res.headers.vary).toBe("rsc, Accept-Encoding");
    const text = brotliDecompressSync(res.body).toString("utf8");
    expect(text.split(CSS)).toHaveLength(2);
    expect(text).not.toContain(WHOLE);
    expect(text).toContain(`${LINK}</body>`);
    expect(text).toContain('<script nonce="n1">self.__next_f.push');
    expect(payloadOf(text)).toContain('5:["$","p",null,{"children":"72 videos"}]');
  });

  it("keeps the status of a page written with writeHead (a 404), uncompressed when nothing is accepted", async () => {
    const res = await get("/missing");
    expect(res.status).toBe(404);
    expect(res.headers["content-encoding"]).toBeUndefined();
    const text = res.body.toString("utf8");
    expect(text.split(CSS)).toHaveLength(2);
    expect(text).toContain(`${LINK}</body>`);
    expect(text).toContain('<p class="a">RAG Systems</p>');
  });

  it("passes anything else through as written", async () => {
    const res = await get("/other", "gzip");
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect(res.headers["transfer-encoding"]).toBe("chunked");
    expect(res.body.toString("utf8")).toBe('{"a":1}');
    expect(res.headers["x-header-hook"]).toBe("called");
  });

  it("passes a large streamed body through with back-pressure, and keeps what was put over its methods", async () => {
    const res = await get("/large", "gzip");
    expect(res.status).toBe(200);
    expect(res.headers["x-header-hook"]).toBe("called");
    expect(res.body.length).toBe(64 * 64 * 1024);
  });
});
