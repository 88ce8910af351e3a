import { NextResponse, type NextRequest } from "next/server";
import { badRequestResponse, undecodablePath } from "./lib/request-guard";

/** Runs before routing: malformed paths become a 400 instead of a framework 500. */
export function proxy(request: NextRequest) {
  // The raw path, as sent: request.nextUrl may already be normalised.
  const raw = request.url.replace(/^[a-z]+:\/\/[^/]+/i, "").split(/[?#]/)[0];
  if (undecodablePath(raw)) return badRequestResponse(raw);
  const response = NextResponse.next();
  // HSTS only means something over HTTPS (directly or behind a TLS-terminating proxy).
  const proto = request.headers.get("x-forwarded-proto") ?? new URL(request.url).protocol.replace(":", "");
  if (proto === "https") response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
