/**
 * Lookups shared by the entry pages. Every entry is prerendered (dynamicParams = false):
 * an unknown slug never reaches a page, and old slugs are redirected by next.config.ts
 * before routing, so a page only has to load its entry (and 404 defensively).
 */
import { notFound } from "next/navigation";
import { cache } from "react";
import { catalogue } from "./data";

export const topicPage = cache(async (slug: string) => (await catalogue().topic(slug)) ?? notFound());
export const themePage = cache(async (slug: string) => (await catalogue().theme(slug)) ?? notFound());
export const phasePage = cache(async (slug: string) => (await catalogue().phase(slug)) ?? notFound());
export const videoPage = cache(async (id: string) => (await catalogue().video(id)) ?? notFound());
export const considerationPage = cache(async (slug: string) => (await catalogue().consideration(slug)) ?? notFound());
/** The current dataset version's view of the catalogue, which every entry page renders. */
export const currentView = cache(async () => (await catalogue().view())!);
