/**
 * Small shapes shared by content validation, the database seed, the JSON API and the
 * client. Every other schema is built from these, so a rule (what a slug is, what a
 * share is) is stated once.
 */
import { z } from "zod";
import { SLUG_PATTERN } from "../domain/slug";
import { VIDEO_ID_PATTERN } from "../domain/video-id";
import { PAIR_KIND, PAIR_KINDS } from "../domain/paper/pair-kind";
import { THEME_ORIGIN, THEME_ORIGINS } from "../domain/paper/theme-origin";

export const Slug = z
  .string()
  .max(100)
  .regex(SLUG_PATTERN, "must be a kebab-case slug (a-z, 0-9 and single hyphens)")
  .meta({ description: "Stable kebab-case identifier used in URLs", example: "rag-systems" });

export const VideoId = z
  .string()
  .regex(VIDEO_ID_PATTERN, "must be a video id like V72 (V, then a number without leading zeros)")
  .meta({ description: "Video id as cited in the paper", example: "V47" });

export const VideoCount = z.int().min(0).meta({ description: "Number of videos, as reported", example: 72 });

/** Percent with one decimal, exactly as the paper prints it. */
export const SharePercent = z
  .number()
  .min(0)
  .max(100)
  .refine((n) => Math.round(n * 10) / 10 === n, "must have at most one decimal, as the paper prints it")
  .meta({ description: "Share of videos in percent, one decimal, as reported", example: 40.4 });

export const Provenance = z.enum(["reported", "computed", "not_reported"]).meta({
  description:
    "reported: stated in the paper's text (evidence holds the sentence); " +
    "computed: counted from stored video→topic assignments; not_reported: " +
    "unknown, count is null",
});

/** ISO calendar date, e.g. 2026-11-25. */
export const IsoDate = z.iso.date();

export const PaperSection = z.string().regex(/^[IVX]+(-[A-Z][0-9]*)*$/, "must be a section number like IV-A1");

/** The paper's group for a reported pair (Section IV-B); the labels come from the one label map. */
export const PairKind = z.enum(PAIR_KINDS).meta({
  description:
    "The subsection of the paper's Section IV-B a reported pair is stated under: " +
    PAIR_KINDS.map((k) => `${k} (${PAIR_KIND[k].heading})`).join(", "),
  example: "architecture",
});

/** Where a theme comes from, as the paper's introduction classifies themes (by example). */
export const ThemeOrigin = z.enum(THEME_ORIGINS).meta({
  description:
    "Where the theme comes from per the paper's introduction: " +
    THEME_ORIGINS.map((o) => `${o} (${THEME_ORIGIN[o].paperWording ?? "the paper does not place it"})`).join(", "),
  example: "software-integration",
});
