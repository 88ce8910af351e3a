/**
 * The one list of /api/v1 endpoints. Each entry names its path, its OpenAPI operation, the
 * zod schemas of its query string, path parameters and response data, and whether old slugs
 * answer 308. The route handlers validate with these schemas (lib/api/route.ts binds each
 * app/api/v1/**\/route.ts to its entry) and the OpenAPI document is built from the same entries
 * (lib/api/openapi.ts); a unit test checks that every route file has its entry and every
 * entry its route file. No handlers here: this module is schemas only.
 */
import type { z } from "zod";
import type { AliasKind } from "../data";
import {
  Changes,
  ChangesQuery,
  Consideration,
  ConsiderationDetail,
  Cooccurrence,
  EmptyQuery,
  Finding,
  Phase,
  PhaseDetail,
  Plan,
  PlanQuery,
  SearchHit,
  SearchQuery,
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
import { LayerDocument } from "../domain/layers/format";
import {
  LayerCreated,
  LayerDeleted,
  LayerParams,
  LayerRecord,
  LayerRevisionParams,
  LayerRevisionSummary,
} from "../schemas/layers";

export interface Endpoint<
  D extends z.ZodType = z.ZodType,
  Q extends z.ZodObject = z.ZodObject,
  P extends z.ZodObject | undefined = z.ZodObject | undefined,
> {
  /** Below /api/v1, with `{name}` for a path parameter (OpenAPI's notation). */
  path: `/${string}`;
  operationId: string;
  summary: string;
  /** What `data` holds in the `{ data, meta }` envelope of a 200. */
  data: D;
  /** The query string; unknown parameters are a 400. */
  query: Q;
  /** The path parameters, when the path has any. */
  params: P;
  /**
   * Where an old slug of a renamed entry answers 308 with the current one: the path's `{slug}` names an entry of
   * this kind, or a query filter (parameter → kind) does.
   */
  aliases?: { path?: AliasKind; query?: Record<string, AliasKind> };
  /** The method, when not GET (the layer endpoints: lib/api/layer-route.ts binds them). */
  method?: "get" | "post" | "put" | "delete";
  /** The JSON request body of a write. */
  body?: z.ZodType;
  /** The layer endpoints' own answers (status → meaning), documented instead of the reads' 400/404. */
  answers?: LayerAnswers;
}

/** What a layer endpoint answers besides its success (lib/api/openapi.ts documents each). */
export interface LayerAnswers {
  /** 200, or 201 for a creation. */
  success: 200 | 201;
  /** The other statuses it may answer. */
  errors: Array<400 | 401 | 403 | 404 | 410 | 412 | 413 | 415 | 428 | 429>;
  /** Whether the answer carries the layer's ETag (and a GET answers 304 to If-None-Match). */
  etag?: boolean;
}

/** An entry with the query defaulting to none, its schema types kept for the handler's arguments. */
function endpoint<
  D extends z.ZodType,
  Q extends z.ZodObject = typeof EmptyQuery,
  P extends z.ZodObject | undefined = undefined,
>(e: Omit<Endpoint<D, Q, P>, "query" | "params"> & { query?: Q; params?: P }): Endpoint<D, Q, P> {
  return { ...e, query: (e.query ?? EmptyQuery) as Q, params: e.params as P };
}

/** In the order the OpenAPI document lists them. */
export const ENDPOINTS = {
  listThemes: endpoint({
    path: "/themes",
    operationId: "listThemes",
    summary: "All 8 themes with their figures",
    data: Theme.array(),
  }),
  getTheme: endpoint({
    path: "/themes/{slug}",
    operationId: "getTheme",
    summary: "One theme with its topics",
    data: ThemeDetail,
    params: slugParams("architecture-and-design"),
    aliases: { path: "theme" },
  }),
  listTopics: endpoint({
    path: "/topics",
    operationId: "listTopics",
    summary: "All topics, optionally filtered by theme or phase",
    data: Topic.array(),
    query: TopicsQuery,
    aliases: { query: { theme: "theme", phase: "phase" } },
  }),
  getTopic: endpoint({
    path: "/topics/{slug}",
    operationId: "getTopic",
    summary: "One topic with summary, quotes, phases and known pairs",
    data: TopicDetail,
    params: SlugParams,
    aliases: { path: "topic" },
  }),
  listPhases: endpoint({
    path: "/phases",
    operationId: "listPhases",
    summary: "The six lifecycle phases",
    data: Phase.array(),
  }),
  getPhase: endpoint({
    path: "/phases/{slug}",
    operationId: "getPhase",
    summary: "One phase with its (editorial) topic links",
    data: PhaseDetail,
    params: slugParams("testing-and-evaluation"),
    aliases: { path: "phase" },
  }),
  listVideos: endpoint({
    path: "/videos",
    operationId: "listVideos",
    summary: "Videos cited in the catalogue, by id",
    data: Video.array(),
    query: VideosQuery,
    aliases: { query: { topic: "topic" } },
  }),
  getVideo: endpoint({
    path: "/videos/{id}",
    operationId: "getVideo",
    summary: "One video with its quotes",
    data: VideoDetail,
    params: VideoParams,
  }),
  listConsiderations: endpoint({
    path: "/considerations",
    operationId: "listConsiderations",
    summary: "The 11 engineering considerations (guide page) with their editorial topic mapping",
    data: Consideration.array(),
  }),
  // Considerations have no old slugs (yet), so unlike topics there is no alias redirect.
  getConsideration: endpoint({
    path: "/considerations/{slug}",
    operationId: "getConsideration",
    summary: "One consideration with its source as it is (no author, date or URL given)",
    data: ConsiderationDetail,
    params: slugParams("context-management"),
  }),
  listFindings: endpoint({
    path: "/findings",
    operationId: "listFindings",
    summary: "The paper's conclusions (Discussion) and the limits of its method, each with the paper's sentences",
    data: Finding.array(),
  }),
  getPlan: endpoint({
    path: "/plan",
    operationId: "getPlan",
    summary: "A project plan for the given topics: co-occurring topics, lifecycle coverage, considerations, quotes",
    data: Plan,
    query: PlanQuery,
  }),
  getCooccurrence: endpoint({
    path: "/cooccurrence",
    operationId: "getCooccurrence",
    summary: "All topics and every unordered topic pair with count and provenance",
    data: Cooccurrence,
  }),
  getChanges: endpoint({
    path: "/changes",
    operationId: "getChanges",
    summary:
      "What changed between two dataset versions: entries added and removed, figures old → new, texts as a " +
      "word-level diff, mappings added and removed (404 for a version that does not exist)",
    data: Changes,
    query: ChangesQuery,
  }),
  search: endpoint({
    path: "/search",
    operationId: "search",
    summary: "Topics, themes, phases, quotes and videos matching the query, best first",
    data: SearchHit.array(),
    query: SearchQuery,
  }),
  // Team layers: the only endpoints that write. Never cached by the server or the front.
  createLayer: endpoint({
    path: "/layers",
    method: "post",
    operationId: "createLayer",
    summary:
      "Save a layer (a kmap-layer document, /schemas/kmap-layer-1.json): 201 with Location, the id and the edit " +
      "token (shown once, stored hashed)",
    data: LayerCreated,
    body: LayerDocument,
    answers: { success: 201, errors: [400, 413, 415, 429], etag: true },
  }),
  getLayer: endpoint({
    path: "/layers/{id}",
    operationId: "getLayer",
    summary: "A layer at its current revision, with a strong ETag (410 once deleted)",
    data: LayerRecord,
    params: LayerParams,
    answers: { success: 200, errors: [400, 404, 410], etag: true },
  }),
  updateLayer: endpoint({
    path: "/layers/{id}",
    method: "put",
    operationId: "updateLayer",
    summary:
      "Save a new revision: `Authorization: Bearer <editToken>` and `If-Match` with the ETag it was edited from " +
      "(412 naming the current revision when another save came first)",
    data: LayerRecord,
    params: LayerParams,
    body: LayerDocument,
    answers: { success: 200, errors: [400, 401, 403, 404, 410, 412, 413, 415, 428, 429], etag: true },
  }),
  deleteLayer: endpoint({
    path: "/layers/{id}",
    method: "delete",
    operationId: "deleteLayer",
    summary: "Delete a layer and its revisions (bearer token; If-Match optional): its reads answer 410 from then on",
    data: LayerDeleted,
    params: LayerParams,
    answers: { success: 200, errors: [400, 401, 403, 404, 410, 412, 429] },
  }),
  listLayerRevisions: endpoint({
    path: "/layers/{id}/revisions",
    operationId: "listLayerRevisions",
    summary: "Every saved revision of a layer, newest first",
    data: LayerRevisionSummary.array(),
    params: LayerParams,
    answers: { success: 200, errors: [400, 404, 410] },
  }),
  getLayerRevision: endpoint({
    path: "/layers/{id}/revisions/{revision}",
    operationId: "getLayerRevision",
    summary: "A layer as it was at one revision",
    data: LayerRecord,
    params: LayerRevisionParams,
    answers: { success: 200, errors: [400, 404, 410] },
  }),
  restoreLayerRevision: endpoint({
    path: "/layers/{id}/revisions/{revision}/restore",
    method: "post",
    operationId: "restoreLayerRevision",
    summary: "Save an earlier revision again as the newest (bearer token and If-Match, as for a save)",
    data: LayerRecord,
    params: LayerRevisionParams,
    answers: { success: 200, errors: [400, 401, 403, 404, 410, 412, 428, 429], etag: true },
  }),
};

/** The document itself (app/api/v1/openapi.json/route.ts): no envelope, no parameters. */
export const OPENAPI_DOCUMENT = {
  path: "/openapi.json",
  operationId: "getOpenApiDocument",
  summary: "This document",
} as const;
