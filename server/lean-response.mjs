// @ts-check
/**
 * Pages rendered per request, made lean on the way out: what server/lean-html.mjs does to prerendered pages
 * (after the build) and to the views the server keeps, done here to every HTML page Next.js renders for a request
 * (the changelog, a plan or a search not kept yet, a view whose URL is not canonical, a 404). Next.js streams those
 * with its payload's copies of the inlined stylesheet; the response is held until it is complete, the copies are
 * removed, the inline stylesheet is cut to the page's rules (the whole one linked at the end of the body), and it is
 * sent compressed with a Content-Length.
 *
 * The page's nonce policy still holds: the nonce is on the payload scripts' tags, not in their text. Next.js is
 * asked for the uncompressed page (its own compression would have to be undone first), and the body is compressed
 * here in the encoding the client accepts (brotli at a quality fast enough per request, or gzip).
 *
 * Held, not streamed: these pages render in one pass (no Suspense boundary streams later), so the first byte waits
 * only for the transform, a few milliseconds.
 */
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { leanPage } from "./lean-html.mjs";
import { chooseEncoding } from "./static-pages.mjs";

/** Brotli quality per request: 5 is within a few per cent of 11 on these pages at a fraction of its time. */
const BROTLI_PER_REQUEST = 5;

/**
 * Whether this request's answer may be an HTML page worth making lean: a GET for a document, not React's
 * navigation payload (RSC requests), not a build asset, an API read or a download.
 * @param {string | undefined} method
 * @param {string} path
 * @param {Record<string, string | string[] | undefined>} headers
 */
export function mayBeLeanPage(method, path, headers) {
  if (method !== "GET") return false;
  if (headers.rsc !== undefined || headers["next-router-prefetch"] !== undefined) return false;
  if (path.startsWith("/_next/") || path === "/api" || path.startsWith("/api/") || path.startsWith("/data/"))
    return false;
  // A path with an extension is a file (robots.txt, llms.txt, plan.md, an image, an export).
  return !/\.[a-z0-9]+$/i.test(path);
}

/**
 * The body to send for a held HTML response, and its encoding.
 * @param {Buffer} html
 * @param {string | string[] | undefined} acceptEncoding
 * @returns {{ body: Buffer; encoding: "br" | "gzip" | "identity"; removed: number }}
 */
export function leanBody(html, acceptEncoding) {
  const text = html.toString("utf8");
  const { html: lean, removed } = leanPage(text);
  const identity = lean !== text ? Buffer.from(lean, "utf8") : html;
  const encoding = chooseEncoding(acceptEncoding);
  if (encoding === "br") {
    const params = {
      [constants.BROTLI_PARAM_QUALITY]: BROTLI_PER_REQUEST,
      [constants.BROTLI_PARAM_SIZE_HINT]: identity.length,
    };
    return { body: brotliCompressSync(identity, { params }), encoding, removed };
  }
  if (encoding === "gzip") return { body: gzipSync(identity), encoding, removed };
  return { body: identity, encoding, removed };
}

/**
 * Holds `res`'s HTML answer (whatever Next.js writes), then sends it lean and compressed. Any other answer (not
 * text/html, an error without a body) passes through untouched. Call before handing the request to Next.js; the
 * request's Accept-Encoding is taken away from Next.js here and honoured on the way out.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 */
export function holdForLeanHtml(req, res) {
  const acceptEncoding = req.headers["accept-encoding"];
  delete req.headers["accept-encoding"];
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  const writeHead = res.writeHead.bind(res);
  const flushHeaders = res.flushHeaders.bind(res);
  /** @type {Buffer[]} */
  const chunks = [];
  /** @type {boolean | undefined} whether this answer is held; decided at its first header write */
  let held;
  /** set once the held page is complete and being sent */
  let sending = false;

  const decide = () => {
    if (held !== undefined) return held;
    const type = String(res.getHeader("content-type") ?? "");
    // Not held: every call is passed on as it is. The wrappers stay in place, since whatever Next.js put over
    // them (its compression's header hook, which it waits on for 'drain') calls through them.
    held = type.startsWith("text/html") && !res.getHeader("content-encoding");
    return held;
  };
  /** @param {unknown} chunk @param {unknown} [encoding] */
  const collect = (chunk, encoding) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(
      typeof chunk === "string"
        ? Buffer.from(chunk, /** @type {BufferEncoding} */ (typeof encoding === "string" ? encoding : "utf8"))
        : Buffer.from(/** @type {Uint8Array} */ (chunk)),
    );
  };

  res.flushHeaders = () => {
    if (!decide()) flushHeaders();
  };
  res.writeHead = /** @type {typeof res.writeHead} */ (
    /** @param {number} status @param {...unknown} rest */
    (status, ...rest) => {
      const headers = rest.find((r) => typeof r === "object" && r !== null);
      res.statusCode = status;
      if (Array.isArray(headers)) {
        for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(headers[i], headers[i + 1]);
      } else if (headers) {
        for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
      }
      // Sending the held page: Node's end() writes the head through whatever is over writeHead (and so here).
      if (sending || !decide()) writeHead(status);
      return res;
    }
  );
  res.write = /** @type {typeof res.write} */ (
    /** @param {unknown} chunk @param {...unknown} rest */
    (chunk, ...rest) => {
      if (!decide()) return /** @type {(...a: unknown[]) => boolean} */ (write)(chunk, ...rest);
      collect(chunk, rest[0]);
      const callback = rest.find((r) => typeof r === "function");
      if (typeof callback === "function") process.nextTick(callback);
      return true;
    }
  );
  res.end = /** @type {typeof res.end} */ (
    /** @param {unknown} [chunk] @param {...unknown} rest */
    (chunk, ...rest) => {
      if (!decide()) return /** @type {(...a: unknown[]) => typeof res} */ (end)(chunk, ...rest);
      collect(chunk, rest[0]);
      sending = true;
      const { body, encoding } = leanBody(Buffer.concat(chunks), acceptEncoding);
      if (encoding !== "identity") res.setHeader("Content-Encoding", encoding);
      const vary = String(res.getHeader("vary") ?? "");
      if (!/\baccept-encoding\b/i.test(vary))
        res.setHeader("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
      res.removeHeader("Transfer-Encoding");
      res.setHeader("Content-Length", body.length);
      const callback = [chunk, ...rest].find((r) => typeof r === "function");
      return end(body, /** @type {() => void} */ (callback));
    }
  );
}
