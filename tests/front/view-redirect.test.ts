/**
 * The view pages' 308s through the nginx front (issue 24): where Debian's Lua module is installed, nginx runs
 * the server's own redirect rule (compiled to Lua with the build, scripts/lib/lua-rule.mjs) and answers a pasted
 * link's 308 itself, with the Location and headers the server sends. What the front cannot answer exactly
 * (non-ASCII, /search) still comes from the server. Every link of a seeded corpus is asked of both.
 */
import { describe, expect, it } from "vitest";
import { findLuaModules } from "@/scripts/nginx-config";
import { rawGet, type RawResponse } from "../helpers/front";
import { pastedLinks, plainAsciiLink } from "../helpers/pasted-links";
import { required, TEST_BASE_URL } from "../helpers/requirements";

const FRONT = required(process.env.FRONT_BASE_URL || undefined, "FRONT_BASE_URL (nginx in front of the test server)");
const SERVER = TEST_BASE_URL;
/** `npm test` installs the module as root; run by hand, a front without it leaves every 308 to the server. */
const LUA = required(findLuaModules() ? true : undefined, "nginx's Lua module (Debian libnginx-mod-http-lua)") ?? false;

/** Headers a 308 carries, from whichever of the two answers it. */
const REDIRECT_HEADERS = [
  "location",
  "cache-control",
  "content-security-policy",
  "x-frame-options",
  "x-content-type-options",
  "referrer-policy",
];
const redirectHeaders = (res: RawResponse) => REDIRECT_HEADERS.map((name) => [name, res.headers[name]]);

/** Plain ASCII without a percent-encoded byte above 0x7F, and not the search page: what nginx answers itself. */
const answeredByNginx = (link: string) => plainAsciiLink(link) && !link.startsWith("/search");

describe.runIf(FRONT && SERVER)("the view pages' 308s through nginx", () => {
  it("are the server's for every pasted link, and nginx's own where it can answer exactly", async () => {
    const [themes, topics] = await Promise.all(
      ["themes", "topics"].map(async (kind) => (await (await fetch(`${SERVER}/api/v1/${kind}`)).json()).data),
    );
    const links = pastedLinks({ themes, topics }, 400);
    let byNginx = 0;
    let redirects = 0;
    for (let i = 0; i < links.length; i += 8) {
      await Promise.all(
        links.slice(i, i + 8).map(async (link) => {
          const url = encodeURI(link).replaceAll("%25", "%"); // only the raw non-ASCII characters are escaped
          const [server, front] = await Promise.all([rawGet(`${SERVER}${url}`), rawGet(`${FRONT}${url}`)]);
          expect(front.status, link).toBe(server.status);
          if (server.status !== 308) return;
          redirects++;
          expect(redirectHeaders(front), link).toEqual(redirectHeaders(server));
          const nginxAnswered = front.headers["x-kmap-front"] === "redirect";
          expect(nginxAnswered, link).toBe(LUA && answeredByNginx(url));
          if (nginxAnswered) byNginx++;
        }),
      );
    }
    expect(redirects).toBeGreaterThan(300);
    if (LUA) expect(byNginx).toBeGreaterThan(200);
  }, 120_000);

  it.runIf(LUA)("answers a junk view and a junk plan itself, with the notice carried in the fragment", async () => {
    const junk = await rawGet(`${FRONT}/?zoom=z123&utm_source=slack`);
    expect([junk.status, junk.headers.location, junk.headers["x-kmap-front"]]).toEqual([
      308,
      "/#link=zoom=z123",
      "redirect",
    ]);
    const plan = await rawGet(`${FRONT}/plan?topics=rag-systems,nope&fbclid=abc`);
    expect([plan.status, plan.headers.location, plan.headers["x-kmap-front"]]).toEqual([
      308,
      "/plan?topics=rag-systems#link=topics=rag-systems%2Cnope",
      "redirect",
    ]);
    // A canonical view is not redirected: the proxy cache and the server answer it.
    const canonical = await rawGet(`${FRONT}/?zoom=architecture-and-design`);
    expect(canonical.status).toBe(200);
    expect(canonical.headers["x-kmap-front"]).not.toBe("redirect");
  });
});
