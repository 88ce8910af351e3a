/**
 * GET /data/<version>/datapackage.json and /data/<version>/<table>.csv|json: the dataset of one version as a
 * Frictionless Data Package, built by lib/domain/datapackage from that version's view (its stored snapshot).
 * Unknown versions and files answer 404 with the usual JSON error body, naming what exists.
 */
import { NextResponse } from "next/server";
import { catalogue } from "../data";
import { buildDataPackage, type DataPackage } from "../domain/datapackage";
import { archiveFileName, datasetArchive } from "../domain/datapackage/archive";
import { VERSION_PATTERN } from "../domain/version";
import { siteUrl } from "../site";
import { errorResponse, httpErrorResponse, unexpectedFailure } from "./http";

export const dataPackagePath = (version: string) => `/data/${version}/datapackage.json`;

const CONTENT_TYPES: Record<string, string> = {
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
};

/** Built once per version per process: a version's snapshot never changes. */
const built = new Map<string, { dp: DataPackage; archive: () => Uint8Array }>();

export async function versionsMessage(): Promise<string> {
  const versions = (await catalogue().versions()).map((v) => v.version);
  return `dataset versions that exist: ${versions.join(", ")}`;
}

export async function GET(_request: Request, ctx: { params: Promise<{ version: string; file: string }> }) {
  const { version, file } = await ctx.params;
  try {
    let entry = built.get(version);
    if (!entry) {
      const view = VERSION_PATTERN.test(version) ? await catalogue().view(version) : null;
      if (!view) return errorResponse(404, "not_found", `no dataset version "${version}"; ${await versionsMessage()}`);
      const snap = view.snapshot;
      const opts = { siteUrl: siteUrl() };
      const pkg = buildDataPackage(snap, opts);
      let zip: Uint8Array | undefined;
      entry = { dp: pkg, archive: () => (zip ??= datasetArchive(snap, pkg, opts)) };
      built.set(version, entry);
    }
    const { dp } = entry;
    if (file === archiveFileName(version)) {
      return new NextResponse(Buffer.from(entry.archive()), {
        headers: {
          "Content-Type": "application/zip",
          "Content-Disposition": `attachment; filename="${file}"`,
          "Cache-Control": "public, max-age=3600",
        },
      });
    }
    const body = file === "datapackage.json" ? JSON.stringify(dp.descriptor, null, 2) + "\n" : dp.files[file];
    if (body === undefined) {
      const names = ["datapackage.json", ...Object.keys(dp.files), archiveFileName(version)].join(", ");
      return errorResponse(404, "not_found", `no file "${file}" in dataset version ${version}; files: ${names}`);
    }
    const ext = file.slice(file.lastIndexOf(".") + 1);
    return new NextResponse(body, {
      headers: {
        "Content-Type": CONTENT_TYPES[ext],
        "Cache-Control": "public, max-age=3600",
        ...(ext === "csv" ? { "Content-Disposition": `inline; filename="kmap-${version}-${file}"` } : {}),
      },
    });
  } catch (err) {
    return httpErrorResponse(unexpectedFailure(err, "data package", "The data package could not be produced."));
  }
}
