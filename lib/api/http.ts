/**
 * What every /api/v1 route handler shares: input validation with zod, the `{ data, meta }`
 * envelope, and `{ error: { code, message } }` for anything that goes wrong. Handlers stay
 * a few lines long; no stack trace ever reaches a client.
 */
import { NextResponse } from "next/server";
import type { z } from "zod";
import { catalogue, NoDatasetError } from "../data";
import { SHARED_CACHE_CONTROL } from "../../server/cache-times.mjs";
import { apiNotFoundMessage } from "../../server/http-guard.mjs";
import type { ApiError } from "../schemas/api";

type ErrorCode = ApiError["error"]["code"];

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Thrown by a handler to answer 308 with a relative Location (an old slug given as a filter). */
export class PermanentRedirect {
  constructor(readonly location: string) {}
}

export const notFound = (message: string) => new HttpError(404, "not_found", message);

export function errorResponse(status: number, code: ErrorCode, message: string): NextResponse {
  return NextResponse.json({ error: { code, message } } satisfies ApiError, {
    status,
    headers: { "Cache-Control": "no-store" },
  });
}

/** The JSON error answer of an HttpError. */
export const httpErrorResponse = (err: HttpError): NextResponse => errorResponse(err.status, err.code, err.message);

/** The answer for an /api path no endpoint answers (app/api/[...path]). */
export function unknownEndpoint(request: Request): NextResponse {
  return errorResponse(404, "not_found", apiNotFoundMessage(new URL(request.url).pathname));
}

function describeIssues(where: string, error: z.ZodError): string {
  return error.issues
    .map((i) => {
      if (i.code === "unrecognized_keys")
        return `unknown ${where} parameter${i.keys.length > 1 ? "s" : ""} ${i.keys.map((k) => `"${k}"`).join(", ")}`;
      const name = i.path.length ? i.path.join(".") : where;
      return `${where} parameter "${name}" ${i.message}`;
    })
    .join("; ");
}

/** Validates the query string; a key given twice is an error rather than silently dropped. */
export function parseQuery<T>(url: string, schema: z.ZodType<T>): T {
  const params = new URL(url).searchParams;
  const raw: Record<string, string> = {};
  for (const key of params.keys()) {
    const values = params.getAll(key);
    if (values.length > 1)
      throw new HttpError(400, "bad_request", `query parameter "${key}" is given ${values.length} times; give it once`);
    raw[key] = values[0];
  }
  const result = schema.safeParse(raw);
  if (!result.success) throw new HttpError(400, "bad_request", describeIssues("query", result.error));
  return result.data;
}

export function parseParams<T>(params: unknown, schema: z.ZodType<T>): T {
  const result = schema.safeParse(params);
  if (!result.success) throw new HttpError(400, "bad_request", describeIssues("path", result.error));
  return result.data;
}

/**
 * The answer to an error no handler expected: 503 when the database holds no dataset (the operator's to mend, and
 * said so), else 500 with `message`. The error is logged (`logged`, when only part of it may be), never sent.
 */
export function unexpectedFailure(err: unknown, where: string, message: string, logged: unknown = err): HttpError {
  if (err instanceof NoDatasetError) return new HttpError(503, "unavailable", err.message);
  console.error(`${where} failed:`, logged);
  return new HttpError(500, "internal_error", `${message} Please try again later.`);
}

/** Runs a handler body and wraps its data in the envelope with the dataset version. */
export async function respond<T>(body: () => Promise<T>): Promise<NextResponse> {
  try {
    const data = await body();
    const datasetVersion = await catalogue().datasetVersion();
    return NextResponse.json(
      { data, meta: { datasetVersion } },
      { headers: { "Cache-Control": SHARED_CACHE_CONTROL } },
    );
  } catch (err) {
    if (err instanceof HttpError) return httpErrorResponse(err);
    if (err instanceof PermanentRedirect)
      return new NextResponse(null, { status: 308, headers: { Location: err.location } });
    return httpErrorResponse(unexpectedFailure(err, "API handler", "The server could not answer this request."));
  }
}
