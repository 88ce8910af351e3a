/** videos.yaml (optional): metadata of the videos the paper cites, by id. */
import { compareVideoIds } from "../../domain/video-id";
import { VideosFile, type VideoEntry } from "../../schemas/content";
import type { ContentIssue } from "../issues";
import { parseYaml, validateList } from "../validate";
import type { CatalogueTopic } from "./topics";

export const FILE = "videos.yaml";

export function readVideos(text: string | undefined, issues: ContentIssue[]): VideoEntry[] | undefined {
  return text === undefined ? [] : validateList(FILE, parseYaml(FILE, text, issues), VideosFile, issues);
}

export function checkVideos(videos: VideoEntry[], issues: ContentIssue[]) {
  const ids = new Set<string>();
  for (const v of videos) {
    if (ids.has(v.id)) issues.push({ file: FILE, entry: v.id, field: "id", message: `duplicate video "${v.id}"` });
    ids.add(v.id);
  }
}

/** Every video the content mentions, by id order; metadata only where videos.yaml gives it. */
export function allVideos(videos: VideoEntry[], topics: CatalogueTopic[]): VideoEntry[] {
  const byId = new Map<string, VideoEntry>(videos.map((v) => [v.id, v]));
  for (const t of topics) for (const q of t.quotes) if (!byId.has(q.video)) byId.set(q.video, { id: q.video });
  return [...byId.values()].sort((a, b) => compareVideoIds(a.id, b.id));
}
