/**
 * The parts of the benchmark-only packages that bench/ uses. They are not in package.json (bench/lib/tools.ts installs
 * them when a benchmark needs them), so `tsc` checks bench/ against these declarations, installed or not.
 */
declare module "lighthouse" {
  export interface AuditResult {
    id: string;
    title: string;
    score: number | null;
    scoreDisplayMode: string;
    displayValue?: string;
    numericValue?: number;
    details?: unknown;
  }
  /** The Lighthouse report (LHR). */
  export interface Result {
    lighthouseVersion: string;
    runtimeError?: { code: string; message: string };
    environment: { benchmarkIndex: number };
    categories: Record<string, { score: number | null }>;
    audits: Record<string, AuditResult>;
  }
  export interface Flags {
    port: number;
    output?: "json" | "html";
    logLevel?: "silent" | "error" | "warn" | "info" | "verbose";
    onlyCategories?: string[];
    throttlingMethod?: "simulate" | "devtools" | "provided";
  }
  /** `artifacts.Trace`: the run's Chromium trace (trace events), as DevTools' Performance panel opens it. */
  export default function lighthouse(
    url: string,
    flags: Flags,
  ): Promise<{ lhr: Result; artifacts: { Trace: unknown } } | undefined>;
}

declare module "chrome-launcher" {
  export interface LaunchedChrome {
    port: number;
    kill(): Promise<void>;
  }
  export function launch(options: { chromePath?: string; chromeFlags?: string[] }): Promise<LaunchedChrome>;
}

declare module "autocannon" {
  export interface Result {
    requests: { average: number };
    latency: { p50: number; p99: number };
    errors: number;
    timeouts: number;
    non2xx: number;
  }
  export default function autocannon(options: { url: string; connections: number; duration: number }): Promise<Result>;
}

declare module "flexsearch" {
  interface DocumentOptions {
    document: {
      id: string;
      index: Array<{ field: string; tokenize: "strict" | "forward" | "reverse" | "full"; encoder?: unknown }>;
    };
  }
  interface FlexDocument {
    add(doc: Record<string, string>): this;
    search(query: string, options?: { limit?: number; suggest?: boolean }): unknown;
    export(handler: (key: string, data: string) => void): unknown;
  }
  const FlexSearch: {
    Document: new (options: DocumentOptions) => FlexDocument;
    Charset: { LatinAdvanced: unknown };
  };
  export default FlexSearch;
}

declare module "@orama/orama" {
  export interface Orama {
    readonly schema: unknown;
  }
  export function create(options: { schema: Record<string, "string" | "number" | "boolean"> }): Orama;
  export function insertMultiple(db: Orama, docs: Array<Record<string, string>>): unknown;
  export function search(
    db: Orama,
    params: { term: string; properties: string[]; boost?: Record<string, number>; tolerance?: number; limit?: number },
  ): unknown;
  export function save(db: Orama): unknown;
}
