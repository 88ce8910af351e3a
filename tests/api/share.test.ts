import { describe, expect, it } from "vitest";
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { parse as parseRis } from "astrocite-ris";

// Against the production server `npm test` starts.
import { TEST_BASE_URL } from "../helpers/requirements";

const BASE = TEST_BASE_URL;
const get = (path: string) => fetch(`${BASE}${path}`, { redirect: "manual" });

function pngSize(buf: ArrayBuffer): { width: number; height: number } {
  const view = new DataView(buf);
  expect([...new Uint8Array(buf.slice(0, 8))]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe.runIf(BASE)("citations, previews, embeds", () => {
  it("serves page citations with the right content types, naming the dataset version", async () => {
    const bib = await get("/topics/rag-systems/cite.bib");
    expect(bib.status).toBe(200);
    expect(bib.headers.get("content-type")).toBe("application/x-bibtex; charset=utf-8");
    expect(bib.headers.get("content-disposition")).toMatch(/attachment; filename="rag-systems-v\d+\.\d+\.\d+\.bib"/);
    const entry = parseBibtex(await bib.text()).entries[0];
    expect(entry.fields.title).toBe("RAG Systems (topic)");
    expect(entry.fields.url).toMatch(/\/v\/\d+\.\d+\.\d+\/topics\/rag-systems$/);
    expect(entry.fields.note).toMatch(/^Dataset version \d+\.\d+\.\d+$/);

    const ris = await get("/themes/architecture-and-design/cite.ris");
    expect(ris.headers.get("content-type")).toBe("application/x-research-info-systems; charset=utf-8");
    const [item] = parseRis(await ris.text()) as Array<{ title: string }>;
    expect(item.title).toBe("Architecture & Design (theme)");

    const csl = await get("/phases/dataset-construction/cite.json");
    expect(csl.headers.get("content-type")).toBe("application/vnd.citationstyles.csl+json; charset=utf-8");
    expect((await csl.json())[0]).toMatchObject({ type: "dataset", title: "Dataset Construction (lifecycle phase)" });

    const apa = await get("/topics/rag-systems/cite.txt");
    expect(apa.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await apa.text()).toMatch(
      /^LLM Engineering Knowledge Map\. \(\d{4}\)\. RAG Systems \(topic\) \(\d+\.\d+\.\d+\) \[Data set\]/,
    );
  });

  it("cites the study each page summarises: Mailach et al. for topics, Rao et al. for phases", async () => {
    // Read as written (Zotero-style sentence-casing off).
    const topicStudy = parseBibtex(await (await get("/topics/rag-systems/cite-study.bib")).text(), {
      sentenceCase: false,
    }).entries[0];
    expect(topicStudy.fields.title).toBe(
      "Themes of Building LLM-based Applications for Production: A Practitioner’s View",
    );
    const phaseStudy = (
      parseRis(await (await get("/phases/testing-and-evaluation/cite-study.ris")).text()) as Array<{ title: string }>
    )[0];
    expect(phaseStudy.title).toBe(
      "Software Engineering for Large Language Models: Research Status, Challenges and the Road Ahead",
    );
  });

  it("answers unknown citation files and entries with 404, and old slugs with 308", async () => {
    expect((await get("/topics/rag-systems/cite.pdf")).status).toBe(404);
    expect((await get("/topics/no-such-topic/cite.bib")).status).toBe(404);
    const alias = await get("/topics/on-premise-or-cloud/cite.bib");
    expect(alias.status).toBe(308);
    expect(alias.headers.get("location")).toMatch(/\/topics\/llms-on-premise-or-cloud\/cite\.bib$/);
  });

  it("old slugs redirect (308) to the current page", async () => {
    const topic = await get("/topics/on-premise-or-cloud");
    expect(topic.status).toBe(308);
    expect(topic.headers.get("location")).toMatch(/\/topics\/llms-on-premise-or-cloud$/);
    const theme = await get("/themes/tools-and-infrastructure");
    expect(theme.status).toBe(308);
    expect(theme.headers.get("location")).toMatch(/\/themes\/tools-infrastructure-and-llm-providers$/);
    const api = await get("/api/v1/themes/monitoring");
    expect(api.status).toBe(308);
    expect(api.headers.get("location")).toMatch(/\/api\/v1\/themes\/monitoring-and-observability$/);
  });

  it("renders preview images of the declared size", async () => {
    for (const path of [
      "/og/topic/rag-systems",
      "/og/theme/costs",
      "/og/phase/dataset-construction",
      "/og/treemap?zoom=architecture-and-design&topic=rag-systems",
      "/og/heatmap?cell=rag-systems~evaluation",
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("content-type")).toBe("image/png");
      expect(pngSize(await res.arrayBuffer()), path).toEqual({ width: 1200, height: 630 });
    }
    expect((await get("/og/topic/nope")).status).toBe(404);
    expect((await get("/og/planet/rag-systems")).status).toBe(404);
  });

  it("lets only embed routes be framed by other sites", async () => {
    const page = await get("/topics/rag-systems");
    expect(page.headers.get("x-frame-options")).toBe("DENY");
    expect(page.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(page.headers.get("content-security-policy")?.match(/frame-ancestors/g)).toHaveLength(1);
    for (const path of ["/embed/treemap", "/embed/heatmap?cell=rag-systems~evaluation"]) {
      const embed = await get(path);
      expect(embed.status).toBe(200);
      expect(embed.headers.get("x-frame-options")).toBeNull();
      expect(embed.headers.get("content-security-policy")).toContain("frame-ancestors *");
    }
  });

  it("keeps a permalink for the dataset version and lists it in the changelog", async () => {
    const api = await (await get("/api/v1/themes")).json();
    const version = api.meta.datasetVersion.version;
    const page = await get(`/v/${version}/topics/rag-systems`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`dataset version <strong>${version}</strong>`);
    expect(html).toContain('data-testid="video-count">72</span>');
    expect((await get("/v/0.0.1/topics/rag-systems")).status).toBe(404);
    expect((await get(`/v/${version}/topics/nope`)).status).toBe(404);
    expect((await get(`/v/${version}/planets/rag-systems`)).status).toBe(404);
    expect(await (await get("/changelog")).text()).toMatch(
      new RegExp(`Version (<!-- -->)?${version.replace(/\./g, "\\.")}`),
    );
  });
});
