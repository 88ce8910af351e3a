/**
 * Lookups shared by the entry pages: validate the URL segment, follow an old slug to the
 * current one (308), or give a real 404. Keeps each page's body about presentation.
 */
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { catalogue, type AliasKind } from "./data";
import { isSlug } from "./domain/slug";
import { isVideoId } from "./domain/video-id";

const PATH: Record<AliasKind, string> = { theme: "/themes", topic: "/topics", phase: "/phases" };

async function orRedirect<T>(kind: AliasKind, slug: string, found: T | null): Promise<T> {
  if (found) return found;
  const target = await catalogue().resolveAlias(kind, slug);
  if (target) permanentRedirect(`${PATH[kind]}/${target}`);
  notFound();
}

export const topicPage = cache(async (slug: string) => {
  if (!isSlug(slug)) notFound();
  return orRedirect("topic", slug, await catalogue().topic(slug));
});

export const themePage = cache(async (slug: string) => {
  if (!isSlug(slug)) notFound();
  return orRedirect("theme", slug, await catalogue().theme(slug));
});

export const phasePage = cache(async (slug: string) => {
  if (!isSlug(slug)) notFound();
  return orRedirect("phase", slug, await catalogue().phase(slug));
});

export const videoPage = cache(async (id: string) => {
  if (!isVideoId(id)) notFound();
  return (await catalogue().video(id)) ?? notFound();
});
