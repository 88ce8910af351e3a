/**
 * The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas the handlers
 * validate with, so the documentation cannot drift from the behaviour.
 */
import { createDocument } from "zod-openapi";
import type { z } from "zod";
import {
  ApiError,
  Changes,
  ChangesQuery,
  Consideration,
  ConsiderationDetail,
  Cooccurrence,
  EmptyQuery,
  envelope,
  Finding,
  Phase,
  PhaseDetail,
  SearchHit,
  SearchQuery,
  Plan,
  PlanQuery,
  SlugParams,
  slugParams,
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
/** Every path answers GET, HEAD and OPTIONS only (server.mjs, lib/http-guard.mjs). */
const methodNotAllowed = {
  "405": {
    description: "Any method other than GET, HEAD or OPTIONS; the Allow header lists those",
    headers: { Allow: { description: "GET, HEAD, OPTIONS", schema: { type: "string" as const } } },
    content: json(ApiError),
  },
};
const aliasRedirect = {
  "308": {
    description:
      "An old slug of a renamed entry (in the path or a filter): Location holds the same request with the current slug",
    headers: { Location: { description: "A relative URL", schema: { type: "string" as const } } },
  },
};

interface Operation {
  operationId: string;
  summary: string;
  data: z.ZodType;
  query?: z.ZodObject;
  path?: z.ZodObject;
  /** Whether an old slug in the path or a filter answers 308. */
  redirects?: boolean;
}

/** A read endpoint: 200 with the envelope, the documented errors, 405 for other methods. */
export function get(op: Operation) {
  return {
    get: {
      operationId: op.operationId,
      summary: op.summary,
      requestParams: { query: op.query ?? EmptyQuery, ...(op.path ? { path: op.path } : {}) },
      responses: {
        "200": { description: "OK", content: json(envelope(op.data)) },
        ...(op.redirects ? aliasRedirect : {}),
        ...errors,
        ...methodNotAllowed,
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
        "Themes, topics, lifecycle phases, practitioner quotes and topic " +
        "co-occurrences from Mailach et al. (arXiv 2411.08574) and Rao et al. " +
        "(arXiv 2506.23762). " +
        ("Every response carries meta.datasetVersion. Shares are percentages as " +
          "the paper reports them (videoCount / shareDenominator). ") +
        "Read-only and public: no authentication.",
      license: {
        name: "CC BY 4.0 (our summaries, descriptions and mappings; quotes and figures are the papers')",
        identifier: "CC-BY-4.0",
      },
    },
    servers: [{ url: "/api/v1" }],
    // A public, read-only API: no security scheme applies.
    security: [],
    paths: {
      "/themes": get({ operationId: "listThemes", summary: "All 8 themes with their figures", data: Theme.array() }),
      "/themes/{slug}": get({
        operationId: "getTheme",
        summary: "One theme with its topics",
        data: ThemeDetail,
        path: slugParams("architecture-and-design"),
        redirects: true,
      }),
      "/topics": get({
        operationId: "listTopics",
        summary: "All topics, optionally filtered by theme or phase",
        data: Topic.array(),
        query: TopicsQuery,
        redirects: true,
      }),
      "/topics/{slug}": get({
        operationId: "getTopic",
        summary: "One topic with summary, quotes, phases and known pairs",
        data: TopicDetail,
        path: SlugParams,
        redirects: true,
      }),
      "/phases": get({ operationId: "listPhases", summary: "The six lifecycle phases", data: Phase.array() }),
      "/phases/{slug}": get({
        operationId: "getPhase",
        summary: "One phase with its (editorial) topic links",
        data: PhaseDetail,
        path: slugParams("testing-and-evaluation"),
        redirects: true,
      }),
      "/videos": get({
        operationId: "listVideos",
        summary: "Videos cited in the catalogue, by id",
        data: Video.array(),
        query: VideosQuery,
        redirects: true,
      }),
      "/videos/{id}": get({
        operationId: "getVideo",
        summary: "One video with its quotes",
        data: VideoDetail,
        path: VideoParams,
      }),
      "/considerations": get({
        operationId: "listConsiderations",
        summary: "The 11 engineering considerations (guide page) with their editorial topic mapping",
        data: Consideration.array(),
      }),
      "/considerations/{slug}": get({
        operationId: "getConsideration",
        summary: "One consideration with its source as it is (no author, date or URL given)",
        data: ConsiderationDetail,
        path: slugParams("context-management"),
      }),
      "/findings": get({
        operationId: "listFindings",
        summary: "The paper's conclusions (Discussion) and the limits of its method, each with the paper's sentences",
        data: Finding.array(),
      }),
      "/plan": get({
        operationId: "getPlan",
        summary: "A project plan for the given topics: co-occurring topics, lifecycle coverage, considerations, quotes",
        data: Plan,
        query: PlanQuery,
      }),
      "/cooccurrence": get({
        operationId: "getCooccurrence",
        summary: "All topics and every unordered topic pair with count and provenance",
        data: Cooccurrence,
      }),
      "/changes": get({
        operationId: "getChanges",
        summary:
          "What changed between two dataset versions: entries added and removed, figures old → new, texts as a " +
          "word-level diff, mappings added and removed (404 for a version that does not exist)",
        data: Changes,
        query: ChangesQuery,
      }),
      "/search": get({
        operationId: "search",
        summary: "Topics, themes, phases, quotes and videos matching the query, best first",
        data: SearchHit.array(),
        query: SearchQuery,
      }),
      "/openapi.json": {
        get: {
          operationId: "getOpenApiDocument",
          summary: "This document",
          responses: {
            "200": {
              description: "The OpenAPI 3.1 document of this API",
              content: { "application/json": { schema: { type: "object" as const } } },
            },
            ...methodNotAllowed,
          },
        },
      },
    },
  });
}
