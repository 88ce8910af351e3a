import { errorResponse } from "@/lib/api/http";

// Any /api path without a handler answers in JSON, like the rest of the API.
function unknownEndpoint(request: Request) {
  const path = new URL(request.url).pathname;
  return errorResponse(404, "not_found", `No API endpoint at ${path}. See /api/v1/openapi.json for the endpoints.`);
}

export const GET = unknownEndpoint;
export const POST = unknownEndpoint;
export const PUT = unknownEndpoint;
export const PATCH = unknownEndpoint;
export const DELETE = unknownEndpoint;
