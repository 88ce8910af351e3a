/**
 * Browser-side reads of the public API, validated with the same zod schemas the server
 * answers with. Used through TanStack Query.
 */
import type { z } from "zod";
import { Cooccurrence, envelope, TopicDetail, Video } from "../schemas/api";

export class ApiRequestError extends Error {}

async function getData<T extends z.ZodType>(url: string, schema: T, signal?: AbortSignal): Promise<z.infer<T>> {
  const res = await fetch(url, { signal });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new ApiRequestError(body?.error?.message ?? `The server answered ${res.status}.`);
  return (envelope(schema).parse(body) as { data: z.infer<T> }).data;
}

export const topicQueryKey = (slug: string) => ["topic", slug] as const;
export const cooccurrenceQueryKey = ["cooccurrence"] as const;

export const fetchTopicDetail = (slug: string, signal?: AbortSignal): Promise<TopicDetail> => getData(`/api/v1/topics/${encodeURIComponent(slug)}`, TopicDetail, signal);
export const fetchCooccurrence = (signal?: AbortSignal): Promise<Cooccurrence> => getData("/api/v1/cooccurrence", Cooccurrence, signal);
export const fetchVideosForTopic = (slug: string, signal?: AbortSignal): Promise<Video[]> => getData(`/api/v1/videos?topic=${encodeURIComponent(slug)}`, Video.array(), signal);
