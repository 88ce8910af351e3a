import { describe, expect, it } from "vitest";
import { ALLOW_HEADER, clientAddress, connectRefusal, earlyAnswer } from "@/server/http-guard.mjs";

describe("what the server answers itself, before Next.js", () => {
  it("nothing for GET and HEAD of an ordinary path", () => {
    expect(earlyAnswer("GET", "/topics/rag-systems")).toBeNull();
    expect(earlyAnswer("HEAD", "/api/v1/topics")).toBeNull();
    expect(earlyAnswer("GET", "/topics/[slug]")).toBeNull(); // Next.js's 404 page
  });

  it("204 for OPTIONS and 405 for other methods, JSON under /api, never cached", () => {
    expect(earlyAnswer("OPTIONS", "/")).toEqual({
      status: 204,
      headers: [
        ["Allow", "GET, HEAD, OPTIONS"],
        ["Cache-Control", "no-store"],
      ],
      body: undefined,
    });
    const api = earlyAnswer("POST", "/api/v1/topics")!;
    expect(api.status).toBe(405);
    expect(api.headers).toContainEqual(["Content-Type", "application/json"]);
    expect(JSON.parse(api.body!).error.code).toBe("method_not_allowed");
    const page = earlyAnswer("DELETE", "/about")!;
    expect(page.headers).toContainEqual(["Content-Type", "text/plain; charset=utf-8"]);
    expect(page.body).toContain(`answers ${ALLOW_HEADER}`);
  });

  it("the API's JSON 404 for an API path naming a route template, without a body for HEAD", () => {
    const get = earlyAnswer("GET", "/api/v1/topics/%5Bslug%5D")!;
    expect(get.status).toBe(404);
    expect(JSON.parse(get.body!).error.code).toBe("not_found");
    expect(earlyAnswer("HEAD", "/api/v1/topics/[slug]")).toMatchObject({ status: 404, body: undefined });
  });

  it("lets the layer endpoints take their writes, and only theirs (issue #23)", () => {
    const id = "/api/v1/layers/Vt3xq0Wm7l1P2cQv9yJr4s8A";
    expect(earlyAnswer("POST", "/api/v1/layers")).toBeNull();
    expect(earlyAnswer("PUT", id)).toBeNull();
    expect(earlyAnswer("DELETE", id)).toBeNull();
    expect(earlyAnswer("POST", `${id}/revisions/2/restore`)).toBeNull();
    const list = earlyAnswer("GET", "/api/v1/layers")!;
    expect(list.status).toBe(405);
    expect(list.headers).toContainEqual(["Allow", "POST, OPTIONS"]);
    expect(earlyAnswer("PUT", `${id}/revisions`)!.status).toBe(405);
    expect(earlyAnswer("POST", "/api/v1/layersx")!.status).toBe(405);
    expect(earlyAnswer("PATCH", id)!.headers).toContainEqual(["Allow", "GET, HEAD, PUT, DELETE, OPTIONS"]);
  });

  it("counts a write against the peer, or against the last X-Forwarded-For address only behind a local front", () => {
    expect(clientAddress("203.0.113.9", "198.51.100.1")).toBe("203.0.113.9");
    expect(clientAddress("127.0.0.1", "198.51.100.1, 198.51.100.2")).toBe("198.51.100.2");
    expect(clientAddress("::1", undefined)).toBe("::1");
    expect(clientAddress("127.0.0.1", "not an address")).toBe("127.0.0.1");
  });

  it("a raw 405 with the security headers for CONNECT", () => {
    const raw = connectRefusal();
    expect(raw).toMatch(/^HTTP\/1\.1 405 Method Not Allowed\r\n/);
    expect(raw).toContain("X-Frame-Options: DENY\r\n");
    expect(raw).toContain("Connection: close\r\n");
    const [head, body] = raw.split("\r\n\r\n");
    expect(head).toContain(`Content-Length: ${Buffer.byteLength(body)}`);
  });
});
