/**
 * GET /llms.txt (https://llmstxt.org): what this site holds, for LLM agents — the dataset, its licence, the API
 * and the data package, and a link per theme and topic. Plain Markdown, absolute URLs on the public origin.
 */
import { archivePath } from "@/lib/domain/datapackage/paths";
import { NextResponse } from "next/server";
import { catalogue } from "@/lib/data";
import { absoluteUrl } from "@/lib/site";
import { formatShare } from "@/lib/domain/share";
import { licenceStatement } from "@/lib/domain/licence";

export async function GET() {
  try {
    const reader = catalogue();
    const [version, themes, topics, phases, considerations] = await Promise.all([
      reader.datasetVersion(),
      reader.themes(),
      reader.topics(),
      reader.phases(),
      reader.considerations(),
    ]);
    const lines = [
      "# LLM Engineering Knowledge Map",
      "",
      `> What it takes to build LLM-based applications for production: the ` +
        `${themes.length} themes and ${topics.length} topics ` +
        ("practitioners discuss in 189 videos (Mailach et al., arXiv " +
          "2411.08574), with video counts and shares, verbatim quotes ") +
        (`by video id and reported topic co-occurrences, placed against the ` +
          `${phases.length} lifecycle phases of Rao et al. `) +
        (`(arXiv 2506.23762; the topic–phase mapping is editorial), and the ` +
          `${considerations.length} engineering considerations of an online guide page titled "Software Engineering" ` +
          `(no author, date or address; the topic mapping is editorial). Dataset ` +
          `version ${version.version}, released ${version.releasedAt}.`),
      "",
      `Licence: ${licenceStatement()}`,
      "",
      "Numbers are the paper's as printed; shares are video count / 178 (our " +
        "derivation: the paper never states it; see /about). Co-occurrence counts exist " +
        ("only for the 18 pairs the paper's text reports; all other pairs are " +
          "not reported (never 0). Videos are known by id only."),
      "",
      "## Data and API",
      "",
      `- [Data package ` +
        `${version.version}](${absoluteUrl(`/data/${version.version}/datapackage.json`)}): ` +
        `Frictionless Data Package, every table as CSV and JSON with its ` +
        `schema`,
      `- [Dataset ${version.version} as one zip](${absoluteUrl(archivePath(version.version))}): ` +
        `the data package with its CSV and JSON files, a README and a CITATION.cff`,
      `- [API reference](${absoluteUrl("/api")}): human-readable docs of the JSON API`,
      `- [OpenAPI document](${absoluteUrl("/api/v1/openapi.json")}): OpenAPI 3.1; GET only, CORS open`,
      `- [What the paper concludes](${absoluteUrl("/about#conclusions")}): ` +
        `its Discussion, with the paper's sentences ` +
        `(also as JSON: ${absoluteUrl("/api/v1/findings")})`,
      `- [About the data](${absoluteUrl("/about")}): sources, method, how ` +
        `shares are computed, limits and inconsistencies`,
      `- [Changelog](${absoluteUrl("/changelog")}): dataset versions, each with its permalinks and download`,
      "",
      "## Themes",
      "",
      ...themes.map(
        (t) => `- [${t.name}](${absoluteUrl(`/themes/${t.slug}`)}): ${t.videoCount} videos (${formatShare(t.share)})`,
      ),
      "",
      "## Topics",
      "",
      ...topics.map(
        (t) => `- [${t.name}](${absoluteUrl(`/topics/${t.slug}`)}): ${t.videoCount} videos (${formatShare(t.share)})`,
      ),
      "",
      "## Optional",
      "",
      ...phases.map(
        (p) => `- [${p.name}](${absoluteUrl(`/phases/${p.slug}`)}): lifecycle phase ${p.position} of ${phases.length}`,
      ),
      `- [Co-occurrence heatmap](${absoluteUrl("/cooccurrence")})`,
      "",
    ];
    return new NextResponse(lines.join("\n"), {
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=300" },
    });
  } catch (err) {
    console.error("llms.txt failed:", err);
    return new NextResponse("llms.txt could not be produced. Please try again later.\n", {
      status: 500,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
}
