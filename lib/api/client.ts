/**
 * Browser-side reads of the public API, validated with the same zod schemas the server
 * answers with. Used through TanStack Query.
 */
import { envelope, TopicDetail } from "../schemas/api";

export class ApiRequestError extends Error {}

export async function fetchTopicDetail(slug: string, signal?: AbortSignal): Promise<TopicDetail> {
  const res = await fetch(`/api/v1/topics/${encodeURIComponent(slug)}`, { signal });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new ApiRequestError(body?.error?.message ?? `The server answered ${res.status}.`);
  return envelope(TopicDetail).parse(body).data as TopicDetail;
}

export const topicQueryKey = (slug: string) => ["topic", slug] as const;
