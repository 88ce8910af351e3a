/**
 * Browser-side reads of the public API, validated with the same zod schemas the server
 * answers with. Used through TanStack Query.
 *
 * The schemas (and zod, about 35 kB gzip) are imported on the first read, not with the page:
 * every read happens after an interaction or a refetch, never before the first paint.
 */
import type { z } from "zod";
import type { Cooccurrence, TopicDetail, Video } from "../schemas/api";

export class ApiRequestError extends Error {}

type Schemas = typeof import("./client-schemas");

async function getData<T extends z.ZodType>(
  url: string,
  pick: (s: Schemas) => T,
  signal?: AbortSignal,
): Promise<z.infer<T>> {
  const [res, schemas] = await Promise.all([fetch(url, { signal }), import("./client-schemas")]);
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new ApiRequestError(body?.error?.message ?? `The server answered ${res.status}.`);
  return (schemas.envelope(pick(schemas)).parse(body) as { data: z.infer<T> }).data;
}

export const topicQueryKey = (slug: string) => ["topic", slug] as const;
export const cooccurrenceQueryKey = ["cooccurrence"] as const;

export const fetchTopicDetail = (slug: string, signal?: AbortSignal): Promise<TopicDetail> =>
  getData(`/api/v1/topics/${encodeURIComponent(slug)}`, (s) => s.TopicDetail, signal);
export const fetchCooccurrence = (signal?: AbortSignal): Promise<Cooccurrence> =>
  getData("/api/v1/cooccurrence", (s) => s.Cooccurrence, signal);
export const fetchVideosForTopic = (slug: string, signal?: AbortSignal): Promise<Video[]> =>
  getData(`/api/v1/videos?topic=${encodeURIComponent(slug)}`, (s) => s.Video.array(), signal);
