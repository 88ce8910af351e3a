import { Cooccurrence, envelope, Video } from "../schemas/api";
import { ApiRequestError } from "./client";

export const cooccurrenceQueryKey = ["cooccurrence"] as const;

export async function fetchCooccurrence(signal?: AbortSignal): Promise<Cooccurrence> {
  const res = await fetch("/api/v1/cooccurrence", { signal });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new ApiRequestError(body?.error?.message ?? `The server answered ${res.status}.`);
  return envelope(Cooccurrence).parse(body).data as Cooccurrence;
}

export async function fetchVideosForTopic(slug: string, signal?: AbortSignal): Promise<Video[]> {
  const res = await fetch(`/api/v1/videos?topic=${encodeURIComponent(slug)}`, { signal });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new ApiRequestError(body?.error?.message ?? `The server answered ${res.status}.`);
  return envelope(Video.array()).parse(body).data as Video[];
}
