/** What the layer pages need from the catalogue: each entry's name and figures, and the slugs a layer may name. */
import { catalogue } from "../data";
import { entryKey, type LayerEntryInfo } from "../domain/layers/markdown";
import type { LayerCatalogue } from "../domain/layers/rules";
import type { LayerDocument } from "../domain/layers/format";
import { layerVersionChanges, type LayerItemChange } from "../domain/layers/versions";
import { compareSnapshots } from "../domain/release/compare";

export interface LayerPageCatalogue extends LayerCatalogue {
  /** `kind:slug` → name and figures, as plain pairs (passed to client components). */
  entries: Array<[string, LayerEntryInfo]>;
  datasetVersion: string;
}

export async function layerPageCatalogue(): Promise<LayerPageCatalogue> {
  const reader = catalogue();
  const [topics, considerations, version] = await Promise.all([
    reader.topics(),
    reader.considerations(),
    reader.datasetVersion(),
  ]);
  return {
    topics: topics.map((t) => t.slug),
    considerations: considerations.map((c) => c.slug),
    entries: [
      ...topics.map((t): [string, LayerEntryInfo] => [
        entryKey("topic", t.slug),
        { name: t.name, videoCount: t.videoCount, share: t.share },
      ]),
      ...considerations.map((c): [string, LayerEntryInfo] => [entryKey("consideration", c.slug), { name: c.name }]),
    ],
    datasetVersion: version.version,
  };
}

/** What changed for a layer since the dataset version it was made on (null when made on the current one). */
export type LayerSinceVersion =
  | { from: string; to: string; snapshot: false }
  | { from: string; to: string; snapshot: true; changes: LayerItemChange[] };

export async function layerSinceVersion(layer: LayerDocument): Promise<LayerSinceVersion | null> {
  const reader = catalogue();
  const current = await reader.view();
  const to = current!.datasetVersion().version;
  if (layer.datasetVersion === to) return null;
  const older = await reader.snapshot(layer.datasetVersion);
  if (!older) return { from: layer.datasetVersion, to, snapshot: false };
  return {
    from: layer.datasetVersion,
    to,
    snapshot: true,
    changes: layerVersionChanges(layer, compareSnapshots(older, current!.snapshot)),
  };
}
