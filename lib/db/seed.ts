/**
 * Writes a validated Catalogue into the database in one transaction. Idempotent: rows
 * have deterministic keys, so seeding the same content twice leaves the same rows.
 * Video→topic assignments (from the importer) are kept, and computed pairs are
 * recomputed from them.
 */
import { buildPairRows } from "../domain/heatmap/cooccurrence";
import { videoNumber } from "../domain/video-id";
import type { Catalogue } from "../content/parse";
import type { ReleaseFile } from "../domain/release/format";
import type { Db } from "./client";

export interface SeedSummary {
  version: string;
  contentHash: string;
  /** Committed releases, and how many of them this run added to the database. */
  releases: { committed: number; added: number };
  phases: number;
  themes: number;
  topics: number;
  quotes: number;
  videos: number;
  considerations: number;
  findings: number;
  pairs: { reported: number; computed: number; not_reported: number };
}

export class DatasetVersionConflict extends Error {
  constructor(readonly version: string) {
    super(
      `content/ differs from the dataset version ${version} already ` +
        `imported, and a version's data never changes once published: raise ` +
        `"version" in content/dataset.yaml (and set "releasedAt").`,
    );
  }
}

/** A committed release whose version the database already holds with other data. */
export class ReleaseConflict extends Error {
  constructor(
    readonly version: string,
    stored: string,
    released: string,
  ) {
    super(
      `releases/${version}.json has content hash ${released.slice(0, 12)}…, but the database already holds ` +
        `version ${version} with ${stored.slice(0, 12)}…; a published version never changes, so the seed ` +
        `leaves it to you which one is right.`,
    );
  }
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * Every committed release gets its version row (with its snapshot) unless the database has it already; a row
 * imported before snapshots were kept gets the release's snapshot. Never marks a release current.
 */
async function seedReleases(tx: Tx, releases: ReleaseFile[], now: Date): Promise<number> {
  let added = 0;
  for (const r of releases) {
    const { dataset } = r.catalogue as Catalogue;
    const existing = await tx.datasetVersion.findUnique({ where: { version: r.version } });
    if (existing && existing.contentHash !== r.contentHash)
      throw new ReleaseConflict(r.version, existing.contentHash, r.contentHash);
    if (existing && existing.snapshot !== "") continue;
    const row = {
      releasedAt: r.releasedAt,
      contentHash: r.contentHash,
      title: dataset.title,
      description: dataset.description,
      snapshot: JSON.stringify(r.catalogue),
    };
    if (existing) await tx.datasetVersion.update({ where: { version: r.version }, data: { snapshot: row.snapshot } });
    else await tx.datasetVersion.create({ data: { version: r.version, ...row, importedAt: now, isCurrent: false } });
    added++;
  }
  return added;
}

/**
 * Seeds `catalogue` (content/) as the current version and, in the same transaction, every committed release as an
 * older (or the same) version, so every version's pages, citations and data package exist on any database.
 */
export async function seedCatalogue(
  db: Db,
  catalogue: Catalogue,
  now: Date = new Date(),
  releases: ReleaseFile[] = [],
): Promise<SeedSummary> {
  const { dataset, study } = catalogue;
  const denominator = study.shareDenominator;
  const topicSlugs = catalogue.topics.map((t) => t.slug);

  return db.$transaction(
    async (tx) => {
      const releasesAdded = await seedReleases(tx, releases, now);
      // Children first, so deleting stale parents never trips a foreign key.
      await tx.topicPhase.deleteMany();
      await tx.considerationTopic.deleteMany();
      await tx.quote.deleteMany();
      await tx.slugAlias.deleteMany();
      await tx.topicPair.deleteMany();

      for (const s of catalogue.sources) {
        const row = {
          title: s.title,
          alternativeTitle: s.alternativeTitle ?? null,
          authors: JSON.stringify(s.authors),
          year: s.year,
          published: s.published,
          arxivId: s.arxivId,
          url: s.url,
          replicationDoi: s.replicationDoi ?? null,
          videosAnalysed: s.videosAnalysed ?? null,
          shareDenominator: s.shareDenominator ?? null,
          role: s.role,
        };
        await tx.source.upsert({ where: { slug: s.slug }, create: { slug: s.slug, ...row }, update: row });
      }
      await tx.source.deleteMany({ where: { slug: { notIn: catalogue.sources.map((s) => s.slug) } } });

      for (const g of catalogue.guides) {
        const row = { title: g.title, frontMatterDate: g.frontMatterDate ?? null, note: g.note, role: g.role };
        await tx.guideSource.upsert({ where: { slug: g.slug }, create: { slug: g.slug, ...row }, update: row });
      }

      for (const p of catalogue.phases) {
        const row = { name: p.name, position: p.position, summary: p.summary };
        await tx.phase.upsert({ where: { slug: p.slug }, create: { slug: p.slug, ...row }, update: row });
      }
      await tx.phase.deleteMany({ where: { slug: { notIn: catalogue.phases.map((p) => p.slug) } } });

      for (const t of catalogue.themes) {
        const row = {
          name: t.name,
          position: t.position,
          videoCount: t.videoCount,
          sharePercent: t.share,
          shareDenominator: denominator,
          section: t.section,
          summary: t.summary,
          origin: t.origin,
          originEvidence: t.originEvidence ?? null,
        };
        await tx.theme.upsert({ where: { slug: t.slug }, create: { slug: t.slug, ...row }, update: row });
      }

      for (const t of catalogue.topics) {
        const row = {
          name: t.name,
          themeSlug: t.theme,
          position: t.position,
          videoCount: t.videoCount,
          sharePercent: t.share,
          shareDenominator: denominator,
          section: t.section,
          summary: t.summary,
          keywords: JSON.stringify(t.keywords),
        };
        await tx.topic.upsert({ where: { slug: t.slug }, create: { slug: t.slug, ...row }, update: row });
      }
      await tx.topic.deleteMany({ where: { slug: { notIn: topicSlugs } } });
      await tx.theme.deleteMany({ where: { slug: { notIn: catalogue.themes.map((t) => t.slug) } } });

      for (const v of catalogue.videos) {
        const row = {
          number: videoNumber(v.id),
          title: v.title ?? null,
          url: v.url ?? null,
          channel: v.channel ?? null,
        };
        await tx.video.upsert({ where: { id: v.id }, create: { id: v.id, ...row }, update: row });
      }
      // Videos only the importer knows about stay while they carry assignments.
      await tx.video.deleteMany({
        where: { id: { notIn: catalogue.videos.map((v) => v.id) }, assignments: { none: {} } },
      });

      await tx.topicPhase.createMany({
        data: catalogue.topics.flatMap((t) =>
          t.phases.map((l) => ({ topicSlug: t.slug, phaseSlug: l.phase, rationale: l.rationale })),
        ),
      });
      for (const c of catalogue.considerations) {
        const row = {
          name: c.name,
          position: c.position,
          sourceSlug: c.source,
          summary: c.summary,
          unmappedNote: c.unmappedNote ?? null,
        };
        await tx.consideration.upsert({ where: { slug: c.slug }, create: { slug: c.slug, ...row }, update: row });
      }
      await tx.consideration.deleteMany({ where: { slug: { notIn: catalogue.considerations.map((c) => c.slug) } } });
      await tx.guideSource.deleteMany({ where: { slug: { notIn: catalogue.guides.map((g) => g.slug) } } });
      await tx.considerationTopic.createMany({
        data: catalogue.considerations.flatMap((c) =>
          c.topics.map((l, i) => ({
            considerationSlug: c.slug,
            topicSlug: l.topic,
            position: i + 1,
            rationale: l.rationale,
          })),
        ),
      });
      await tx.quote.createMany({
        data: catalogue.topics.flatMap((t) =>
          t.quotes.map((q, i) => ({
            id: `${t.slug}-${i + 1}`,
            topicSlug: t.slug,
            videoId: q.video,
            position: i + 1,
            text: q.text,
          })),
        ),
      });
      await tx.slugAlias.createMany({
        data: [
          ...catalogue.themes.flatMap((t) => t.aliases.map((alias) => ({ kind: "theme", alias, targetSlug: t.slug }))),
          ...catalogue.topics.flatMap((t) => t.aliases.map((alias) => ({ kind: "topic", alias, targetSlug: t.slug }))),
          ...catalogue.phases.flatMap((p) => p.aliases.map((alias) => ({ kind: "phase", alias, targetSlug: p.slug }))),
        ],
      });

      await tx.finding.deleteMany();
      const findings = catalogue.findings ?? { conclusions: [], limits: [] };
      await tx.finding.createMany({
        data: (["conclusions", "limits"] as const).flatMap((group) =>
          findings[group].map((f, i) => ({
            slug: f.slug,
            group: group === "conclusions" ? "conclusion" : "limit",
            position: i + 1,
            title: f.title,
            section: f.section,
            summary: f.summary,
            evidence: JSON.stringify(f.evidence),
            topics: JSON.stringify(f.topics),
          })),
        ),
      });

      const assignments = await tx.videoTopic.findMany({ select: { videoId: true, topicSlug: true } });
      const pairRows = buildPairRows(topicSlugs, catalogue.pairs, assignments);
      await tx.topicPair.createMany({ data: pairRows });

      // A version's content is fixed once imported: its permalinks and citations must keep
      // showing the same data. Changed content needs a new version in content/dataset.yaml.
      const existing = await tx.datasetVersion.findUnique({ where: { version: dataset.version } });
      if (existing && existing.contentHash !== dataset.contentHash && existing.snapshot !== "") {
        throw new DatasetVersionConflict(dataset.version);
      }
      const versionRow = {
        releasedAt: dataset.releasedAt,
        contentHash: dataset.contentHash,
        title: dataset.title,
        description: dataset.description,
        importedAt: existing && existing.contentHash === dataset.contentHash ? existing.importedAt : now,
        isCurrent: true,
        // Stored assignments (from the importer) are part of what the version says: its data package computes from
        // them.
        snapshot: JSON.stringify(
          assignments.length > 0
            ? { ...catalogue, assignments: assignments.map((a) => ({ videoId: a.videoId, topicSlug: a.topicSlug })) }
            : catalogue,
        ),
      };
      await tx.datasetVersion.updateMany({ where: { version: { not: dataset.version } }, data: { isCurrent: false } });
      await tx.datasetVersion.upsert({
        where: { version: dataset.version },
        create: { version: dataset.version, ...versionRow },
        update: versionRow,
      });

      const count = (p: string) => pairRows.filter((r) => r.provenance === p).length;
      return {
        version: dataset.version,
        contentHash: dataset.contentHash,
        releases: { committed: releases.length, added: releasesAdded },
        phases: catalogue.phases.length,
        themes: catalogue.themes.length,
        topics: catalogue.topics.length,
        quotes: catalogue.topics.reduce((n, t) => n + t.quotes.length, 0),
        videos: catalogue.videos.length,
        considerations: catalogue.considerations.length,
        findings: findings.conclusions.length + findings.limits.length,
        pairs: { reported: count("reported"), computed: count("computed"), not_reported: count("not_reported") },
      };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
