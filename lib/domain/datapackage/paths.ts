/** Where a dataset version's files are served (no dependencies: pages and client components link to them). */

/** The archive's file name, as served at /data/<version>/<name>. */
export const archiveFileName = (version: string) => `kmap-${version}.zip`;

/** The version's one download: a zip of the data package, a README and a CITATION.cff. */
export const archivePath = (version: string) => `/data/${version}/${archiveFileName(version)}`;
