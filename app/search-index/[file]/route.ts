import { NextResponse } from "next/server";
import { errorResponse, httpErrorResponse, unexpectedFailure } from "@/lib/api/http";
import { catalogue } from "@/lib/data";
import { currentSearchIndex } from "@/lib/domain/search/server-index";

export const dynamic = "force-dynamic";

/**
 * The serialised search index the header field loads on first focus: /search-index/<version>.json.
 * A version's index never changes, so it is cached for a year; another version is a 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  try {
    const { file } = await params;
    const built = await currentSearchIndex(catalogue());
    if (file !== `${built.version.version}.json`) {
      return errorResponse(
        404,
        "not_found",
        `No search index ${file}; the current one is ${built.version.version}.json.`,
      );
    }
    return new NextResponse(built.json, {
      headers: { "Content-Type": "application/json", "Cache-Control": "public, max-age=31536000, immutable" },
    });
  } catch (err) {
    return httpErrorResponse(unexpectedFailure(err, "search index", "The search index could not be built."));
  }
}
