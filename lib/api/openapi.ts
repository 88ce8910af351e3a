/**
 * The OpenAPI 3.1 document of /api/v1, built from the endpoint table (lib/api/endpoints.ts) whose zod schemas
 * the handlers validate with, so the documentation cannot drift from the behaviour.
 */
import { createDocument } from "zod-openapi";
import { z } from "zod";
import { ApiError, envelope } from "../schemas/api";
import { ENDPOINTS, OPENAPI_DOCUMENT, type Endpoint } from "./endpoints";

const json = (schema: z.ZodType) => ({ "application/json": { schema } });
/** Every endpoint reads the dataset: a server whose database was never seeded answers 503 (lib/api/http.ts). */
const noDataset = {
  "503": { description: "The database holds no dataset yet (`unavailable`)", content: json(ApiError) },
};
const errors = {
  "400": { description: "Malformed parameter or unknown query parameter", content: json(ApiError) },
  "404": { description: "No such entry", content: json(ApiError) },
  ...noDataset,
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

const LAYER_STATUS_TEXT: Record<number, string> = {
  400: "Malformed id, JSON or layer; an unknown topic or consideration is named",
  401: "No bearer token (WWW-Authenticate: Bearer)",
  403: "A bearer token that is not this layer's",
  404: "No such layer or revision",
  410: "The layer was deleted",
  412: "If-Match is not the current revision: the body names it and holds the current layer",
  413: "A request body over the size limit",
  415: "A body that is not application/json",
  428: "No If-Match (a save must say which revision it was edited from)",
  429: "Too many writes from this client: Retry-After says when to try again",
};
const etagHeader = {
  ETag: { description: 'The revision as a strong ETag ("r<revision>")', schema: { type: "string" as const } },
};

/** A layer endpoint: its method, body, bearer authorisation and its own answers. */
function layerOperation(e: Endpoint) {
  const answers = e.answers!;
  const writes = e.method !== undefined && e.method !== "get";
  const authorised = answers.errors.includes(401);
  const success = {
    description: answers.success === 201 ? "Created: Location names the layer" : "OK",
    ...(answers.etag || answers.success === 201
      ? {
          headers: {
            ...(answers.etag ? etagHeader : {}),
            ...(answers.success === 201
              ? { Location: { description: "/api/v1/layers/{id}", schema: { type: "string" as const } } }
              : {}),
          },
        }
      : {}),
    content: json(envelope(e.data)),
  };
  return {
    operationId: e.operationId,
    summary: e.summary,
    ...(authorised ? { security: [{ editToken: [] }] } : {}),
    requestParams: {
      ...(e.params ? { path: e.params } : {}),
      ...(writes && answers.errors.includes(412)
        ? {
            header: z.object({
              "If-Match": z.string().optional().meta({ description: 'The ETag edited from: "r<n>"' }),
            }),
          }
        : {}),
    },
    ...(e.body ? { requestBody: { required: true, content: json(e.body) } } : {}),
    responses: {
      [String(answers.success)]: success,
      ...(answers.etag && !writes ? { "304": { description: "If-None-Match names the current revision" } } : {}),
      ...Object.fromEntries(
        answers.errors.map((status) => [
          String(status),
          {
            description: LAYER_STATUS_TEXT[status],
            ...(status === 429 ? { headers: { "Retry-After": { schema: { type: "integer" as const } } } } : {}),
            content: json(ApiError),
          },
        ]),
      ),
      ...noDataset,
      ...methodNotAllowed,
    },
  };
}

/** The path items of the table: one per path, each method of it an operation. */
function pathItems() {
  const items: Record<string, Record<string, unknown>> = {};
  for (const e of Object.values(ENDPOINTS) as Endpoint[]) {
    const method = e.method ?? "get";
    items[e.path] = { ...items[e.path], [method]: e.answers ? layerOperation(e) : operation(e).get };
  }
  return items;
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
        "Public reads without authentication. The one thing that writes is a team layer (/layers): " +
        "anyone may create one; saving, restoring and deleting it need its edit token as a bearer token.",
      license: {
        name: "CC BY 4.0 (our summaries, descriptions and mappings; quotes and figures are the papers')",
        identifier: "CC-BY-4.0",
      },
    },
    servers: [{ url: "/api/v1" }],
    // Reads are public; the layer writes name the edit token (bearer) themselves.
    security: [],
    components: {
      securitySchemes: {
        editToken: {
          type: "http" as const,
          scheme: "bearer",
          description: "A layer's edit token, given once by POST /layers (stored only as a hash)",
        },
      },
    },
    paths: {
      ...pathItems(),
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
