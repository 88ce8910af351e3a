/**
 * Against the running server: citation files of every page (unique keys and ids, read by real parsers), the data
 * package download, index pages and canonical redirects.
 */
import { describe, expect, it } from "vitest";
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { parse as parseRis } from "astrocite-ris";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-csl";
import { ApiError } from "@/lib/schemas/api";

const BASE = process.env.TEST_BASE_URL;
const get = (path: string, init?: RequestInit) => fetch(`${BASE}${path}`, { redirect: "manual", ...init });

async function pagesOfEveryKind(): Promise<string[]> {
  const [themes, topics, phases] = await Promise.all(
    ["themes", "topics", "phases"].map(
      async (k) => ((await (await get(`/api/v1/${k}`)).json()) as { data: Array<{ slug: string }> }).data,
    ),
  );
  return [
    ...themes.map((t) => `/themes/${t.slug}`),
    ...topics.map((t) => `/topics/${t.slug}`),
    ...phases.map((p) => `/phases/${p.slug}`),
  ];
}

describe.runIf(BASE)("citation files of every page", () => {
  it("34 pages: BibTeX, RIS and CSL-JSON parse; no two pages share a key or an id", async () => {
    const pages = await pagesOfEveryKind();
    expect(pages).toHaveLength(34);
    const keys = new Set<string>();
    const ids = new Set<string>();
    for (const page of pages) {
      const bib = await (await get(`${page}/cite.bib`)).text();
      const parsed = parseBibtex(bib);
      expect(parsed.errors, page).toEqual([]);
      expect(bib).toMatch(/^\s*month = (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec),$/m);
      keys.add(parsed.entries[0].key);
      const [ris] = parseRis(await (await get(`${page}/cite.ris`)).text()) as Array<{ id: string }>;
      ids.add(ris.id);
      const csl = await (await get(`${page}/cite.json`)).json();
      const [read] = new Cite(csl).format("data", { format: "object" }) as unknown as Array<{ id: string }>;
      expect(read.id).toBe(ris.id);
    }
    expect(keys.size).toBe(34);
    expect(ids.size).toBe(34);
    expect(keys.has("kmap_theme_evaluation_v1_3_0")).toBe(true);
    expect(keys.has("kmap_topic_evaluation_v1_3_0")).toBe(true);
  });

  it("the study is an arXiv preprint with eprint, archivePrefix, primaryClass and DOI", async () => {
    const [e] = parseBibtex(await (await get("/topics/evaluation/cite-study.bib")).text()).entries;
    expect(e.type).toBe("misc");
    expect(e.fields).toMatchObject({
      eprint: "2411.08574",
      archiveprefix: "arXiv",
      primaryclass: "cs.SE",
      doi: "10.48550/arXiv.2411.08574",
    });
    const [rao] = parseBibtex(await (await get("/phases/dataset-construction/cite-study.bib")).text()).entries;
    expect(rao.fields).toMatchObject({
      eprint: "2506.23762",
      archiveprefix: "arXiv",
      primaryclass: "cs.SE",
      doi: "10.48550/arXiv.2506.23762",
    });
  });
});

describe.runIf(BASE)("data package download", () => {
  it("datapackage.json of the current version names its files, licence, version and content hash", async () => {
    const res = await get("/data/1.3.0/datapackage.json");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const dp = await res.json();
    expect(dp).toMatchObject({
      name: "llm-engineering-knowledge-map",
      version: "1.3.0",
      licenses: [expect.objectContaining({ name: "CC-BY-4.0" })],
    });
    expect(dp.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    const paths = (dp.resources as Array<{ path: string }>).map((r) => r.path);
    expect(paths).toContain("topics.csv");
    expect(paths).toContain("pairs.json");
  });

  it("serves the CSV and JSON resources: 20 topics, 52 quotes, 18 reported pairs of 190", async () => {
    const topicsCsv = await get("/data/1.3.0/topics.csv");
    expect(topicsCsv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect((await topicsCsv.text()).trim().split("\r\n")).toHaveLength(21);
    const quotes = await (await get("/data/1.3.0/quotes.json")).json();
    expect(quotes).toHaveLength(52);
    const pairs = (await (await get("/data/1.3.0/pairs.json")).json()) as Array<{ provenance: string }>;
    expect(pairs).toHaveLength(190);
    expect(pairs.filter((p) => p.provenance === "reported")).toHaveLength(18);
  });

  it("an unknown version or file is a 404 naming what exists", async () => {
    const res = await get("/data/9.9.9/datapackage.json");
    expect(res.status).toBe(404);
    const body = ApiError.parse(await res.json());
    expect(body.error.message).toMatch(/^no dataset version "9\.9\.9"; dataset versions that exist: .*1\.3\.0/);
    const file = await get("/data/1.3.0/secrets.csv");
    expect(file.status).toBe(404);
    expect(ApiError.parse(await file.json()).error.message).toContain("topics.csv");
  });
});

describe.runIf(BASE)("index pages and canonical redirects", () => {
  it("/topics, /themes and /videos answer 200 with their entries", async () => {
    const topics = await (await get("/topics")).text();
    expect(topics).toContain("All 20 topics");
    expect(topics).toContain("RAG Systems");
    const themes = await get("/themes");
    expect(themes.status).toBe(200);
    expect(await themes.text()).toContain("Output Verification");
    expect((await get("/videos")).status).toBe(200);
  });

  it.each([
    ["/videos/v32", "/videos/V32"],
    ["/topics/RAG-Systems", "/topics/rag-systems"],
    ["/themes/Costs", "/themes/costs"],
  ])("%s answers 308 to %s", async (from, to) => {
    const res = await get(from);
    expect(res.status).toBe(308);
    expect(new URL(res.headers.get("location")!, BASE).pathname).toBe(to);
  });
});

describe.runIf(BASE)("versioned permalinks", () => {
  it("a /v/<version>/ topic page has the live layout and a Cite box citing that version", async () => {
    const html = (await (await get("/v/1.3.0/topics/rag-systems")).text()).replace(/<!-- -->/g, "");
    expect(html).toContain('data-testid="cite-control"');
    expect(html).toContain('data-testid="version-banner"');
    expect(html).toContain('<span data-testid="video-count">72</span> videos');
    const bib = parseBibtex(await (await get("/v/1.3.0/topics/rag-systems/cite.bib")).text()).entries[0];
    expect(bib.key).toBe("kmap_topic_rag_systems_v1_3_0");
    expect(bib.fields.url).toMatch(/\/v\/1\.3\.0\/topics\/rag-systems$/);
    expect((await get("/v/1.3.0/phases/dataset-construction/cite-study.ris")).status).toBe(200);
  });

  it("videos are versioned too", async () => {
    const res = await get("/v/1.3.0/videos/V3");
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Video V3");
    expect((await get("/v/1.3.0/videos/V999")).status).toBe(404);
  });

  it("an unknown version is a 404 naming the versions that exist", async () => {
    for (const path of ["/v/9.9.9/topics/rag-systems", "/v/9.9.9/videos/V3"]) {
      const res = await get(path);
      expect(res.status).toBe(404);
      // Next.js sends this 404 as its RSC payload (the browser renders it; e2e/citable.spec.ts reads the page).
      const body = await res.text();
      expect(body).toContain("No such version or entry");
      expect(body).toMatch(/Dataset versions that exist:.{0,80}1\.3\.0/);
    }
    const cite = await get("/v/9.9.9/topics/rag-systems/cite.bib");
    expect(cite.status).toBe(404);
    expect(await cite.text()).toContain("Dataset versions that exist: 1.3.0");
  });
});

describe.runIf(BASE)("every committed release, on a fresh database", () => {
  const HASHES = { "1.0.0": "04960244b94c", "1.1.0": "5ebf2af9840f", "1.2.0": "886fc9991403", "1.3.0": "856be68edba6" };

  it.each(Object.entries(HASHES))("/v/%s/topics/rag-systems answers 200 with that version's hash", async (v, hash) => {
    const res = await get(`/v/${v}/topics/rag-systems`);
    expect(res.status).toBe(200);
    const html = (await res.text()).replace(/<!-- -->/g, "");
    expect(html).toContain(`You are viewing dataset version <strong>${v}</strong>`);
    expect(html).toContain(`<span class="font-mono">${hash}</span>`);
  });

  it("1.0.0 shows its own text, and says that a newer version exists and what changed for the entry", async () => {
    const html = (await (await get("/v/1.0.0/topics/rag-systems")).text()).replace(/<!-- -->/g, "");
    const newer = /data-testid="newer-version"[^>]*>([\s\S]*?)<\/p>/.exec(html)![1].replace(/<[^>]+>/g, "");
    expect(newer).toContain("A newer version exists: 1.3.0.");
    expect(newer).toContain("What changed for this entry since: summary reworded;");
    expect(newer).toContain("keywords: 9 added");
    expect(html).toContain('href="/v/1.3.0/topics/rag-systems"');
    // 1.0.0's own summary, which 1.1.0 reworded.
    expect(html).toContain("Practitioners stress that simply assembling the components is not enough");
    const current = await (await get("/v/1.3.0/topics/rag-systems")).text();
    expect(current).not.toContain("Practitioners stress that simply assembling the components is not enough");
    expect(current).not.toContain('data-testid="newer-version"');
  });

  it("/v/1.0.0/videos/V3 and /data/1.0.0/datapackage.json answer 200", async () => {
    expect((await get("/v/1.0.0/videos/V3")).status).toBe(200);
    const dp = await get("/data/1.0.0/datapackage.json");
    expect(dp.status).toBe(200);
    expect(await dp.json()).toMatchObject({
      version: "1.0.0",
      contentHash: "sha256:04960244b94c6719cb3f0b3e2e0c53a61e8afd61f3e670c07ef101bdfb890f3f",
    });
  });

  it("/changelog lists 1.3.0 down to 1.0.0 with computed changes", async () => {
    const html = (await (await get("/changelog")).text()).replace(/<!-- -->/g, "");
    const order = [...html.matchAll(/Version (\d+\.\d+\.\d+)/g)].map((m) => m[1]);
    expect([...new Set(order)]).toEqual(["1.3.0", "1.2.0", "1.1.0", "1.0.0"]);
    expect(html).toContain("Since 1.2.0: 11 entries changed.");
    expect(html).toContain('data-slug="security-and-privacy"');
    expect(html).toMatch(/<ins[^>]*><span class="sr-only">added: <\/span>[^<]*encryption, authentication/);
    expect(html).toContain("First published version.");
  });

  it("GET /api/v1/changes gives the same between any two versions; bad or unknown versions: 400, 404", async () => {
    const res = await get("/api/v1/changes?from=1.2.0&to=1.3.0");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.data.changes).toHaveLength(11);
    expect(body.data.changes.find((c: { slug: string }) => c.slug === "performance-optimization").mappings).toEqual([
      { field: "topics", added: ["infrastructure-management"], removed: [] },
    ]);
    const span = await (await get("/api/v1/changes?from=1.0.0&to=1.3.0")).json();
    expect(span.data.changes.filter((c: { kind: string }) => c.kind === "consideration")).toHaveLength(11);
    const bad = await get("/api/v1/changes?from=one&to=1.3.0");
    expect(bad.status).toBe(400);
    expect(ApiError.parse(await bad.json()).error.message).toContain(
      'query parameter "from" must be a dataset version',
    );
    const unknown = await get("/api/v1/changes?from=9.9.9&to=1.3.0");
    expect(unknown.status).toBe(404);
    expect(ApiError.parse(await unknown.json()).error.message).toBe(
      "No dataset version 9.9.9. Dataset versions that exist: 1.3.0, 1.2.0, 1.1.0, 1.0.0.",
    );
  });
});

describe.runIf(BASE)("public API", () => {
  it("GET responses carry Access-Control-Allow-Origin: *", async () => {
    for (const path of [
      "/api/v1/topics",
      "/api/v1/topics/rag-systems",
      "/api/v1/openapi.json",
      "/api/v1/topics/no-such-topic",
      "/data/1.3.0/datapackage.json",
    ]) {
      const res = await get(path, { headers: { Origin: "https://elsewhere.example" } });
      expect(res.headers.get("access-control-allow-origin"), path).toBe("*");
    }
  });

  it(
    "/api is the human-readable reference: Redoc's page built with the site, " +
      "its scripts from this origin, under the CSP",
    async () => {
      const res = await get("/api");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
      const csp = res.headers.get("content-security-policy")!;
      expect(csp).not.toContain("unsafe-inline' 'self'");
      expect(csp).toMatch(/script-src 'self' [^;]*/);
      expect(csp.match(/script-src[^;]*/)![0]).not.toContain("unsafe");
      const html = await res.text();
      expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g)).toBeNull();
      // Rendered into the HTML: readable without JavaScript.
      expect(html).toContain("One topic with summary, quotes, phases and known pairs");
      const redoc = await get("/api/docs/redoc.js");
      expect(redoc.status).toBe(200);
      expect(redoc.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
      const js = await redoc.text();
      expect(js.length).toBeGreaterThan(1_000_000);
      expect(js).toContain('"title":"LLM Engineering Knowledge Map API"');
      const font = await get("/api/docs/tree-view-icons.woff");
      expect([font.status, font.headers.get("content-type")]).toEqual([200, "font/woff"]);
      const missing = await get("/api/docs/scalar.js");
      expect(missing.status).toBe(404);
      expect(((await missing.json()) as ApiError).error.code).toBe("not_found");
    },
  );
});

describe.runIf(BASE)("absolute URLs and /llms.txt", () => {
  const canonicalOf = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  const ogUrlOf = (html: string) => /<meta property="og:url" content="([^"]+)"/.exec(html)?.[1];

  it("prerendered and per-request pages name the same public origin", async () => {
    const prerendered = await get("/topics/rag-systems");
    expect(prerendered.headers.get("x-kmap-cache")).toBe("HIT");
    const perRequest = await get("/v/1.3.0/topics/rag-systems");
    const a = await prerendered.text();
    const b = await perRequest.text();
    const origin = new URL(canonicalOf(a)!).origin;
    expect(new URL(canonicalOf(b)!).origin).toBe(origin);
    expect(new URL(ogUrlOf(a)!).origin).toBe(origin);
    const ld = JSON.parse(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/.exec(a)![1]);
    expect(new URL(ld.url).origin).toBe(origin);
    const bib = parseBibtex(await (await get("/topics/rag-systems/cite.bib")).text()).entries[0];
    expect(new URL(bib.fields.url as string).origin).toBe(origin);
    const dp = await (await get("/data/1.3.0/datapackage.json")).json();
    expect(dp.homepage).toBe(origin);
    const llms = await (await get("/llms.txt")).text();
    expect(llms).toContain(`(${origin}/data/1.3.0/datapackage.json)`);
  });

  it("/llms.txt says what the dataset is, its licence, the API and the data package", async () => {
    const res = await get("/llms.txt");
    expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    const text = await res.text();
    expect(text.split("\n")[0]).toBe("# LLM Engineering Knowledge Map");
    expect(text).toContain("Dataset version 1.3.0");
    expect(text).toContain("CC-BY-4.0");
    expect(text).toMatch(/\[API reference\]\(http[^)]+\/api\)/);
    expect(text).toMatch(/\[OpenAPI document\]\(http[^)]+\/api\/v1\/openapi\.json\)/);
    expect(text).toMatch(/\[What the paper concludes\]\(http[^)]+\/about#conclusions\).*\/api\/v1\/findings\)/);
    expect(text).toMatch(/- \[RAG Systems\]\(http[^)]+\/topics\/rag-systems\): 72 videos \(40\.4%\)/);
  });
});
