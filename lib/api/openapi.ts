/**
 * The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas the handlers
 * validate with, so the documentation cannot drift from the behaviour.
 */
import { createDocument } from "zod-openapi";
import type { z } from "zod";
import {
  ApiError,
  Consideration,
  ConsiderationDetail,
  Cooccurrence,
  EmptyQuery,
  envelope,
  Phase,
  PhaseDetail,
  Plan,
  PlanQuery,
  SlugParams,
  Theme,
  ThemeDetail,
  Topic,
  TopicDetail,
  TopicsQuery,
  Video,
  VideoDetail,
  VideoParams,
  VideosQuery,
} from "../schemas/api";

const json = (schema: z.ZodType) => ({ "application/json": { schema } });
const errors = {
  "400": { description: "Malformed parameter or unknown query parameter", content: json(ApiError) },
  "404": { description: "No such entry", content: json(ApiError) },
};

function get(summary: string, data: z.ZodType, params: { query?: z.ZodObject; path?: z.ZodObject } = {}, redirects = false) {
  return {
    get: {
      summary,
      requestParams: { query: params.query ?? EmptyQuery, ...(params.path ? { path: params.path } : {}) },
      responses: {
        "200": { description: "OK", content: json(envelope(data)) },
        ...(redirects ? { "308": { description: "The slug is an old alias; Location holds the current URL" } } : {}),
        ...errors,
      },
    },
  };
}

export function openApiDocument() {
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "LLM Engineering Knowledge Map API",
      version: "1.0.0",
      description:
        "Themes, topics, lifecycle phases, practitioner quotes and topic co-occurrences from Mailach et al. (arXiv 2411.08574) and Rao et al. (arXiv 2506.23762). " +
        "Every response carries meta.datasetVersion. Shares are percentages as the paper reports them (videoCount / shareDenominator).",
    },
    servers: [{ url: "/api/v1" }],
    paths: {
      "/themes": get("All 8 themes with their figures", Theme.array()),
      "/themes/{slug}": get("One theme with its topics", ThemeDetail, { path: SlugParams }, true),
      "/topics": get("All topics, optionally filtered by theme or phase", Topic.array(), { query: TopicsQuery }),
      "/topics/{slug}": get("One topic with summary, quotes, phases and known pairs", TopicDetail, { path: SlugParams }, true),
      "/phases": get("The six lifecycle phases", Phase.array()),
      "/phases/{slug}": get("One phase with its (editorial) topic links", PhaseDetail, { path: SlugParams }, true),
      "/videos": get("Videos cited in the catalogue, by id", Video.array(), { query: VideosQuery }),
      "/videos/{id}": get("One video with its quotes", VideoDetail, { path: VideoParams }),
      "/considerations": get("The 11 engineering considerations (guide page) with their editorial topic mapping", Consideration.array()),
      "/considerations/{slug}": get("One consideration with its source as it is (no author, date or URL given)", ConsiderationDetail, { path: SlugParams }),
      "/plan": get("A project plan for the given topics: co-occurring topics, lifecycle coverage, considerations, quotes", Plan, { query: PlanQuery }),
      "/cooccurrence": get("All topics and every unordered topic pair with count and provenance", Cooccurrence),
    },
  });
}
