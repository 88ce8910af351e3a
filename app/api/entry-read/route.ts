import { unknownEndpoint } from "@/lib/api/http";
import { ENTRY_READ_HEADER, ENTRY_READ_PARAMS, entryRead, type EntryKind } from "@/server/entry-reads.mjs";
import { GET as getTopic } from "../v1/topics/[slug]/route";
import { GET as getTheme } from "../v1/themes/[slug]/route";
import { GET as getPhase } from "../v1/phases/[slug]/route";
import { GET as getConsideration } from "../v1/considerations/[slug]/route";
import { GET as getVideo } from "../v1/videos/[id]/route";

export const dynamic = "force-dynamic";

const HANDLERS: Record<EntryKind, typeof getTopic> = {
  topics: getTopic,
  themes: getTheme,
  phases: getPhase,
  considerations: getConsideration,
  videos: getVideo,
};

/**
 * An entry read of the API, handed over by the production server (server/entry-reads.mjs): the entry's own route
 * handler answers, with the path asked for. Asked for directly, this path is no endpoint.
 */
export async function GET(request: Request) {
  const path = request.headers.get(ENTRY_READ_HEADER);
  const read = path ? entryRead(path) : null;
  if (!path || !read) return unknownEndpoint(request);
  const url = new URL(request.url);
  url.pathname = path;
  const asked = new Request(url, { headers: request.headers });
  return HANDLERS[read.kind](asked, { params: Promise.resolve({ [ENTRY_READ_PARAMS[read.kind]]: read.param }) });
}
