/**
 * Storing imported video→topic assignments and recomputing the pair matrix from them,
 * in one transaction: either the whole file is in and the matrix matches it, or nothing
 * changed. Computed counts are part of what a dataset version means, so an import records
 * a new, higher dataset version (the content snapshot carried over): one version, one truth.
 */
import { createHash } from "node:crypto";
import { buildPairRows, type Assignment } from "../domain/heatmap/cooccurrence";
import { isPairKind } from "../domain/paper/pair-kind";
import { compareVersions, VERSION_PATTERN } from "../domain/version";
import { videoNumber } from "../domain/video-id";
import type { Db } from "./client";

const CHUNK = 500;

/** The new dataset version is missing, malformed or not above the current one: nothing is written. */
export class ImportVersionError extends Error {}

export async function replaceAssignments(
  db: Db,
  assignments: readonly Assignment[],
  release: { version: string; releasedAt: string },
  onProgress?: (done: number, total: number) => void,
) {
  if (!VERSION_PATTERN.test(release.version))
    throw new ImportVersionError(`--version "${release.version}" is not a version like 1.2.0`);
  return db.$transaction(
    async (tx) => {
      const current = await tx.datasetVersion.findFirst({ where: { isCurrent: true } });
      if (!current) throw new ImportVersionError("the database has no dataset version; run `npm run db:seed` first");
      if (compareVersions(release.version, current.version) <= 0) {
        throw new ImportVersionError(
          `--version ${release.version} must be higher than the current dataset version ${current.version}`,
        );
      }
      await tx.videoTopic.deleteMany();
      // Videos created by an earlier import and no longer referenced go with it.
      await tx.video.deleteMany({ where: { quotes: { none: {} }, assignments: { none: {} } } });

      const known = new Set((await tx.video.findMany({ select: { id: true } })).map((v) => v.id));
      const newVideos = [...new Set(assignments.map((a) => a.videoId))].filter((id) => !known.has(id));
      for (let i = 0; i < newVideos.length; i += CHUNK) {
        await tx.video.createMany({
          data: newVideos.slice(i, i + CHUNK).map((id) => ({ id, number: videoNumber(id) })),
        });
      }
      for (let i = 0; i < assignments.length; i += CHUNK) {
        await tx.videoTopic.createMany({
          data: assignments.slice(i, i + CHUNK).map((a) => ({ videoId: a.videoId, topicSlug: a.topicSlug })),
        });
        onProgress?.(Math.min(i + CHUNK, assignments.length), assignments.length);
      }

      const topics = await tx.topic.findMany({ select: { slug: true } });
      const reported = (await tx.topicPair.findMany({ where: { provenance: "reported" } })).map((p) => ({
        a: p.topicA,
        b: p.topicB,
        count: p.count!,
        evidence: p.evidence!,
        note: p.note ?? undefined,
        kind: isPairKind(p.kind) ? p.kind : undefined,
      }));
      const rows = buildPairRows(
        topics.map((t) => t.slug),
        reported,
        assignments,
      );
      await tx.topicPair.deleteMany();
      for (let i = 0; i < rows.length; i += CHUNK) await tx.topicPair.createMany({ data: rows.slice(i, i + CHUNK) });

      // The content is unchanged; the hash also covers the assignments behind the computed counts.
      const assignmentLines = assignments
        .map((a) => `${a.videoId},${a.topicSlug}`)
        .sort()
        .join("\n");
      const contentHash = createHash("sha256").update(`${current.contentHash}\n${assignmentLines}`).digest("hex");
      await tx.datasetVersion.updateMany({ data: { isCurrent: false } });
      await tx.datasetVersion.create({
        data: {
          version: release.version,
          releasedAt: release.releasedAt,
          contentHash,
          title: current.title,
          description: current.description,
          importedAt: new Date(),
          isCurrent: true,
          // The content is carried over; the assignments join it, so the version's data package can compute from them.
          snapshot: current.snapshot
            ? JSON.stringify({
                ...(JSON.parse(current.snapshot) as object),
                assignments: assignments.map((a) => ({ videoId: a.videoId, topicSlug: a.topicSlug })),
              })
            : current.snapshot,
        },
      });
      return {
        assignments: assignments.length,
        newVideos: newVideos.length,
        pairs: rows.length,
        reported,
        version: release.version,
        previousVersion: current.version,
      };
    },
    { timeout: 300_000, maxWait: 10_000 },
  );
}
