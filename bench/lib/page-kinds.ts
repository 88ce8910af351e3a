/**
 * One URL per kind of page a visitor can land on (search with a query, the planner with a selection): what the size
 * and script benchmarks (bench:weight, bench:js) measure.
 */
export const PAGE_KINDS: Array<[kind: string, path: string]> = [
  ["home", "/"],
  ["topic", "/topics/rag-systems"],
  ["theme", "/themes/costs"],
  ["phase", "/phases/dataset-construction"],
  ["consideration", "/considerations/integration-and-api-development"],
  ["video", "/videos/V3"],
  ["co-occurrence", "/cooccurrence"],
  ["search", "/search?q=rag"],
  ["plan", "/plan?topics=rag-systems,agents"],
  ["about", "/about"],
];
