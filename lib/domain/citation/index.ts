/**
 * Citations, in one place: CSL-JSON items for pages and studies, formatted by citation-js into BibTeX, RIS,
 * CSL-JSON and APA (format.ts), and what each page offers to cite, its Highwire tags and JSON-LD, and the citation of
 * a consideration page (page.ts). Every citation the site shows or serves comes from here.
 */
export * from "./format";
export * from "./page";
export * from "./cell";
