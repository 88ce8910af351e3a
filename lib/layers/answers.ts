/**
 * What the layer route files share: reading the bearer token and If-Match, and turning a store
 * result into the answer or the error (401/403/404/410/412/428). The route files stay a few lines.
 */
import { bearerToken, ifMatchRevision, layerEtag } from "../domain/layers/http";
import { LayerError, type LayerAnswer } from "../api/layer-route";
import { notFound } from "../api/http";
import type { LayerRecord } from "../schemas/layers";
import type { Lookup, StoredLayer, WriteResult } from "./store";

export const record = (s: StoredLayer): LayerRecord => ({
  id: s.id,
  revision: s.revision,
  savedAt: s.savedAt.toISOString(),
  layer: s.layer,
});

const noLayer = (id: string) => notFound(`No layer with id "${id}".`);
const gone = () => new LayerError(410, "gone", "This layer was deleted.");

/** The bearer token of a write, or a 401 that says how to send it. */
export function requireToken(request: Request): string {
  const token = bearerToken(request.headers.get("authorization"));
  if (!token)
    throw new LayerError(401, "unauthorized", "Send the layer's edit token: Authorization: Bearer <editToken>.", {
      "WWW-Authenticate": 'Bearer realm="layers"',
    });
  return token;
}

/** The revision If-Match names, or a 428 (a save must say what it was edited from). */
export function requireIfMatch(request: Request): number {
  const revision = ifMatchRevision(request.headers.get("if-match"));
  if (revision === null)
    throw new LayerError(
      428,
      "precondition_required",
      'Send If-Match with the ETag of the revision you edited (e.g. If-Match: "r1").',
    );
  return revision;
}

/** The 404 or 410 of a layer that is not there. */
export const lookupFailure = (id: string, state: "missing" | "gone") => (state === "missing" ? noLayer(id) : gone());

/** The stored layer of a lookup, or the 404/410. */
export function foundLayer(id: string, lookup: Lookup): StoredLayer {
  if (lookup.state !== "found") throw lookupFailure(id, lookup.state);
  return lookup.layer;
}

/** The answer to a save, restore or delete, or its error. */
export function written<T>(id: string, result: WriteResult, data: (s: StoredLayer) => T): LayerAnswer<T> {
  switch (result.state) {
    case "saved":
      return { data: data(result.layer), headers: { ETag: layerEtag(result.layer.revision) } };
    case "missing":
      throw noLayer(id);
    case "gone":
      throw gone();
    case "forbidden":
      throw new LayerError(403, "forbidden", "This edit token is not the layer's.");
    case "stale":
      throw new LayerError(
        412,
        "precondition_failed",
        `The layer is at revision ${result.current.revision}: someone saved since you opened it. ` +
          "Nothing was saved; reload, merge your change, and save again.",
        { ETag: layerEtag(result.current.revision) },
        { current: record(result.current) },
      );
  }
}
