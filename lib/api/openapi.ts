/**
 * The OpenAPI 3.1 document of /api/v1, built from the endpoint table (lib/api/endpoints.ts) whose zod schemas
 * the handlers validate with, so the documentation cannot drift from the behaviour.
 */
import { createDocument } from "zod-openapi";
import type { z } from "zod";
import { ApiError, envelope } from "../schemas/api";
import { ENDPOINTS, OPENAPI_DOCUMENT, type Endpoint } from "./endpoints";

const json = (schema: z.ZodType) => ({ "application/json": { schema } });
const errors = {
  "400": { description: "Malformed parameter or unknown query parameter", content: json(ApiError) },
  "404": { description: "No such entry", content: json(ApiError) },
};
/** Every path answers GET, HEAD and OPTIONS only (server.mjs, server/http-guard.mjs). */
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

/** A read endpoint: 200 with the envelope, the documented errors, 405 for other methods. */
function operation(e: Endpoint) {
  return {
    get: {
      operationId: e.operationId,
      summary: e.summary,
      requestParams: { query: e.query, ...(e.params ? { path: e.params } : {}) },
      responses: {
        "200": { description: "OK", content: json(envelope(e.data)) },
        ...(e.aliases ? aliasRedirect : {}),
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
      ...Object.fromEntries(Object.values(ENDPOINTS).map((e: Endpoint) => [e.path, operation(e)])),
      [OPENAPI_DOCUMENT.path]: {
        get: {
          operationId: OPENAPI_DOCUMENT.operationId,
          summary: OPENAPI_DOCUMENT.summary,
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
