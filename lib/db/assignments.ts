/**
 * Storing imported video→topic assignments and recomputing the pair matrix from them,
 * in one transaction: either the whole file is in and the matrix matches it, or nothing
 * changed.
 */
import { buildPairRows, type Assignment } from "../domain/cooccurrence";
import { videoNumber } from "../domain/video-id";
import type { Db } from "./client";

const CHUNK = 500;

export async function replaceAssignments(db: Db, assignments: readonly Assignment[], onProgress?: (done: number, total: number) => void) {
  return db.$transaction(
    async (tx) => {
      await tx.videoTopic.deleteMany();
      // Videos created by an earlier import and no longer referenced go with it.
      await tx.video.deleteMany({ where: { quotes: { none: {} }, assignments: { none: {} } } });

      const known = new Set((await tx.video.findMany({ select: { id: true } })).map((v) => v.id));
      const newVideos = [...new Set(assignments.map((a) => a.videoId))].filter((id) => !known.has(id));
      for (let i = 0; i < newVideos.length; i += CHUNK) {
        await tx.video.createMany({ data: newVideos.slice(i, i + CHUNK).map((id) => ({ id, number: videoNumber(id) })) });
      }
      for (let i = 0; i < assignments.length; i += CHUNK) {
        await tx.videoTopic.createMany({ data: assignments.slice(i, i + CHUNK).map((a) => ({ videoId: a.videoId, topicSlug: a.topicSlug })) });
        onProgress?.(Math.min(i + CHUNK, assignments.length), assignments.length);
      }

      const topics = await tx.topic.findMany({ select: { slug: true } });
      const reported = (await tx.topicPair.findMany({ where: { provenance: "reported" } })).map((p) => ({
        a: p.topicA,
        b: p.topicB,
        count: p.count!,
        evidence: p.evidence!,
        note: p.note ?? undefined,
      }));
      const rows = buildPairRows(topics.map((t) => t.slug), reported, assignments);
      await tx.topicPair.deleteMany();
      for (let i = 0; i < rows.length; i += CHUNK) await tx.topicPair.createMany({ data: rows.slice(i, i + CHUNK) });
      return { assignments: assignments.length, newVideos: newVideos.length, pairs: rows.length, reported };
    },
    { timeout: 300_000, maxWait: 10_000 },
  );
}
