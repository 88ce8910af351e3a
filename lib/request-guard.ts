/**
 * Requests whose path cannot be decoded (a lone "%", a cut-off UTF-8 sequence such as
 * "%E0%A4%A") make the framework's router throw, which would surface as a 500. They are
 * malformed input, so they get a 400 before routing: JSON under /api, a short page elsewhere.
 */
export function undecodablePath(rawPathname: string): boolean {
  try {
    decodeURIComponent(rawPathname);
    return false;
  } catch {
    return true;
  }
}

export const BAD_REQUEST_MESSAGE = "The address contains invalid percent-encoding.";

/** The short page for a malformed address (also written into the nginx front's config). */
export function badRequestHtml(): string {
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta ` +
    `name="viewport" ` +
    `content="width=device-width,initial-scale=1"><title>Bad request · LLM ` +
    `Engineering Knowledge Map</title></head><body ` +
    `style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem ` +
    `auto;padding:0 1rem"><h1>Bad ` +
    `request</h1><p>${BAD_REQUEST_MESSAGE}</p><p><a href="/">Back to the ` +
    `map</a></p></body></html>`
  );
}

/** The API's JSON error for a malformed address (also written into the nginx front's config). */
export function badRequestJson(): string {
  return JSON.stringify({ error: { code: "bad_request", message: BAD_REQUEST_MESSAGE } });
}

export function badRequestResponse(rawPathname: string): Response {
  if (rawPathname.startsWith("/api/")) {
    return new Response(badRequestJson(), {
      status: 400,
      headers: { "Content-Type": "application/json", "Cache-Control": "no-store" },
    });
  }
  return new Response(badRequestHtml(), {
    status: 400,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}
