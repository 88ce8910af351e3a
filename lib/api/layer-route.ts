/**
 * Binds a layer route file (app/api/v1/layers/**\/route.ts) to its entry in the endpoint table, like
 * lib/api/route.ts does for the reads, with what writes need: the per-client write rate, shared by every
 * server process through the database (429 + Retry-After), the body's media type (415), size (413) and
 * JSON (400), the layer rules against the catalogue (400 naming the unknown slug), and answers that no
 * cache keeps (`private, no-cache` with the revision's ETag for reads, `no-store` for writes). The token never
 * appears in a log line.
 */
import { NextResponse } from "next/server";
import type { z } from "zod";
import { catalogue } from "../data";
import { MAX_LAYER_BODY_BYTES, type LayerDocument } from "../domain/layers/format";
import { writeRateFromEnv } from "../domain/layers/http";
import { createWriteRate } from "../layers/write-rate";
import { problemMessage, readLayer } from "../domain/layers/rules";
import type { ApiError } from "../schemas/api";
import type { Endpoint } from "./endpoints";
import { HttpError, parseParams, unexpectedFailure } from "./http";

type ErrorCode = ApiError["error"]["code"];

/** An error answer with headers of its own (Retry-After, WWW-Authenticate, ETag) and extra body fields. */
export class LayerError extends HttpError {
  constructor(
    status: number,
    code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
    readonly extra: Record<string, unknown> = {},
  ) {
    super(status, code, message);
  }
}

export interface LayerAnswer<T> {
  data: T;
  status?: number;
  headers?: Record<string, string>;
}

type Params<P> = P extends z.ZodObject ? z.output<P> : Record<string, never>;

export interface LayerHandlerInput<P> {
  request: Request;
  params: Params<P>;
  /** The validated layer of a write with a body (undefined otherwise). */
  body: LayerDocument | undefined;
}

/** One limit per client across every server process on the database (lib/layers/write-rate.ts). */
const writeRate = createWriteRate(writeRateFromEnv(process.env));

function errorAnswer(err: HttpError): NextResponse {
  const extra = err instanceof LayerError ? err.extra : {};
  return NextResponse.json({ error: { code: err.code, message: err.message }, ...extra } satisfies ApiError, {
    status: err.status,
    headers: { "Cache-Control": "no-store", ...(err instanceof LayerError ? err.headers : {}) },
  });
}

/** The body as text, refused past MAX_LAYER_BODY_BYTES whatever Content-Length claims. */
async function readBody(request: Request): Promise<string> {
  const tooLarge = () =>
    new LayerError(413, "payload_too_large", `The body is larger than ${MAX_LAYER_BODY_BYTES} bytes.`);
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_LAYER_BODY_BYTES) throw tooLarge();
  const reader = request.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_LAYER_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new LayerError(400, "bad_request", "The body is not valid UTF-8.");
  }
}

async function readLayerBody(request: Request): Promise<LayerDocument> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (type !== "application/json")
    throw new LayerError(415, "unsupported_media_type", "Send the layer as JSON (Content-Type: application/json).");
  const text = await readBody(request);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new LayerError(400, "bad_request", "The body is not valid JSON.");
  }
  const reader = catalogue();
  const [topics, considerations] = await Promise.all([reader.topics(), reader.considerations()]);
  const read = readLayer(value, {
    topics: topics.map((t) => t.slug),
    considerations: considerations.map((c) => c.slug),
  });
  if (!read.ok) throw new LayerError(400, "bad_request", `The layer is not valid: ${problemMessage(read.errors)}`);
  return read.layer;
}

/** The handler of one layer endpoint (GET, POST, PUT or DELETE, as its entry says). */
export function layerRoute<D extends z.ZodType, Q extends z.ZodObject, P extends z.ZodObject | undefined>(
  e: Endpoint<D, Q, P>,
  handler: (input: LayerHandlerInput<P>) => Promise<LayerAnswer<z.output<D>>>,
) {
  const writes = e.method !== undefined && e.method !== "get";
  return async function handle(
    request: Request,
    ctx?: { params?: Promise<Record<string, string>> },
  ): Promise<NextResponse> {
    try {
      if (new URL(request.url).search !== "")
        throw new LayerError(400, "bad_request", "The layer endpoints take no query parameters.");
      const params = (e.params ? parseParams((await ctx?.params) ?? {}, e.params) : {}) as Params<P>;
      if (writes) {
        const wait = await writeRate.take(request.headers.get("x-kmap-client") ?? "unknown", Date.now());
        if (wait > 0)
          throw new LayerError(429, "too_many_requests", `Too many writes from this client; try again in ${wait} s.`, {
            "Retry-After": String(wait),
          });
      }
      const body = e.body ? await readLayerBody(request) : undefined;
      const answer = await handler({ request, params, body });
      const cacheControl = writes ? "no-store" : "private, no-cache";
      if (answer.status === 304)
        return new NextResponse(null, { status: 304, headers: { "Cache-Control": cacheControl, ...answer.headers } });
      const datasetVersion = await catalogue().datasetVersion();
      return NextResponse.json(
        { data: answer.data, meta: { datasetVersion } },
        {
          status: answer.status ?? 200,
          headers: { "Cache-Control": cacheControl, ...answer.headers },
        },
      );
    } catch (err) {
      if (err instanceof HttpError) return errorAnswer(err);
      // Only the message is logged here: a layer write's error could quote the request.
      const logged = err instanceof Error ? err.message : "unknown error";
      const where = `API handler (${e.operationId})`;
      return errorAnswer(unexpectedFailure(err, where, "The server could not answer this request.", logged));
    }
  };
}
