import { unknownEndpoint } from "@/lib/api/http";

// Any /api path without a handler answers in JSON, like the rest of the API.
export const GET = unknownEndpoint;
export const POST = unknownEndpoint;
export const PUT = unknownEndpoint;
export const PATCH = unknownEndpoint;
export const DELETE = unknownEndpoint;
