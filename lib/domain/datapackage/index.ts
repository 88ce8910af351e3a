/**
 * The whole dataset of one version as a Frictionless Data Package (https://specs.frictionlessdata.io/data-package/):
 * one table per kind of record, each as CSV (a tabular data resource with its Table Schema) and as JSON (the same
 * rows as an array of objects, same schema), plus datapackage.json naming licences, sources, version and content
 * hash. Pure: built from a version's catalogue snapshot; no I/O.
 */
import { createHash } from "node:crypto";
import type { Catalogue } from "../../content/parse";
import { toCsv } from "../csv";
import { countJointVideos } from "../heatmap/cooccurrence";
import { pairKey } from "../pairs";
import { PAIR_KIND, PAIR_KINDS } from "../paper/pair-kind";
import { THEME_ORIGINS } from "../paper/theme-origin";
import { CONTENT_LICENCE, PAPER_MATERIAL } from "../licence";

type Cell = string | number | boolean | null | string[];
export type Row = Record<string, Cell>;

export interface Field {
  name: string;
  type: "string" | "integer" | "number" | "boolean" | "array";
  description: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[]; minimum?: number };
}

export interface Table {
  name: string;
  title: string;
  description: string;
  fields: Field[];
  primaryKey: string[];
  foreignKeys?: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }>;
  rows: Row[];
}

const req = { required: true } as const;

/** A column: its Table Schema field and how a record gives its value, side by side (one list per table). */
interface Column<T> {
  field: Field;
  value: (record: T) => Cell;
}

const col = <T>(
  name: string,
  type: Field["type"],
  description: string,
  value: (record: T) => Cell,
  constraints?: Field["constraints"],
): Column<T> => ({ field: { name, type, description, ...(constraints ? { constraints } : {}) }, value });

/** A table from its records and columns: the fields are the columns' fields, each row the columns' values. */
function table<T>(
  spec: Omit<Table, "fields" | "rows"> & { columns: Array<Column<T> | false>; records: readonly T[] },
): Table {
  const { columns, records, ...rest } = spec;
  const used = columns.filter((c): c is Column<T> => c !== false);
  return {
    ...rest,
    fields: used.map((c) => c.field),
    rows: records.map((r) => Object.fromEntries(used.map((c) => [c.field.name, c.value(r)]))),
  };
}

/** A foreign key from `field` to the `slug` (or `key`) of `resource`. */
const fk = (field: string, resource: string, key = "slug") => ({
  fields: [field],
  reference: { resource, fields: [key] },
});

/**
 * A table of our editorial links between two kinds of entries (topic ↔ phase, consideration ↔ topic): keyed by its two
 * ends, each a foreign key, then the table's own columns, the reason, and that the link is ours.
 */
function linkTable<T extends Record<string, Cell>>(spec: {
  name: string;
  title: string;
  description: string;
  ends: Array<[field: string, resource: string]>;
  records: readonly T[];
  columns: Array<Column<T>>;
  reason: string;
  editorial: string;
}): Table {
  const { ends, reason, editorial, ...rest } = spec;
  const label = (resource: string) => `${resource[0].toUpperCase()}${resource.slice(1, -1)} slug`;
  return table<T>({
    ...rest,
    primaryKey: ends.map(([field]) => field),
    foreignKeys: ends.map(([field, resource]) => fk(field, resource)),
    columns: [
      ...ends.map(([field, resource]) => col<T>(field, "string", label(resource), (r) => r[field], req)),
      ...spec.columns,
      col(
        "rationale",
        "string",
        `Why the topic belongs to ${reason} (ours, ${CONTENT_LICENCE.name})`,
        (r) => String(r.rationale).trim(),
        req,
      ),
      col("editorial", "boolean", editorial, () => true, req),
    ],
  });
}

type PairRecord = {
  a: string;
  b: string;
  reported: Catalogue["pairs"][number] | undefined;
  computed: number | null;
};

/**
 * Every unordered pair of topics, in topic order; the paper's reported ones keep their own a/b order. With imported
 * video→topic assignments (stored in the version's snapshot), pairs the paper does not report are `computed` from
 * them, and every pair carries its computed count beside the reported one.
 */
function allPairs(cat: Catalogue): PairRecord[] {
  const reported = new Map(cat.pairs.map((p) => [pairKey(p.a, p.b), p]));
  const joint = cat.assignments && cat.assignments.length > 0 ? countJointVideos(cat.assignments) : undefined;
  const records: PairRecord[] = [];
  const slugs = cat.topics.map((t) => t.slug);
  for (let i = 0; i < slugs.length; i++) {
    for (let j = i + 1; j < slugs.length; j++) {
      const key = pairKey(slugs[i], slugs[j]);
      const p = reported.get(key);
      records.push({
        a: p?.a ?? slugs[i],
        b: p?.b ?? slugs[j],
        reported: p,
        computed: joint ? (joint.get(key) ?? 0) : null,
      });
    }
  }
  return records;
}

const SHARE_NOTE = "as printed in the paper; equals video_count / share_denominator within rounding";

/** The tables of one dataset version. */
export function datasetTables(cat: Catalogue): Table[] {
  const study = cat.study;
  const phasesSource = cat.sources.find((s) => s.slug !== study.slug)?.slug ?? study.slug;
  const withKeywords = cat.topics.some((t) => Array.isArray((t as { keywords?: unknown }).keywords));
  // Snapshots of earlier versions lack what later versions added; their packages simply leave it out.
  const withOrigin = cat.themes.some((t) => t.origin !== undefined);
  const withKind = cat.pairs.some((p) => p.kind);
  const withComputed = (cat.assignments?.length ?? 0) > 0;
  const considerations = cat.considerations ?? [];
  const guideTitle = new Map((cat.guides ?? []).map((g) => [g.slug, g.title]));
  type Source = Catalogue["sources"][number];
  type Theme = Catalogue["themes"][number];
  type Topic = Catalogue["topics"][number];
  type Phase = Catalogue["phases"][number];
  type Consideration = (typeof considerations)[number];
  type FindingRecord = NonNullable<Catalogue["findings"]>["conclusions"][number] & { group: string; position: number };
  /** Figures and text a theme and a topic both have, in the same columns. */
  const figures = <T extends Theme | Topic>(what: string, summary: string): Array<Column<T>> => [
    col(
      "video_count",
      "integer",
      `Videos with at least one paragraph in the ${what} (the paper's figure)`,
      (x) => x.videoCount,
      req,
    ),
    col("share_percent", "number", `Share of videos in percent, ${SHARE_NOTE}`, (x) => x.share, req),
    col("share_denominator", "integer", "The denominator the paper's shares use", () => study.shareDenominator, req),
    col("section", "string", "Section of the paper", (x) => x.section, req),
    col("summary", "string", summary, (x) => x.summary.trim(), req),
    col("aliases", "array", "Earlier slugs and the paper's other names for it, as slugs", (x) => x.aliases, req),
  ];
  const slugColumn = <T extends { slug: string }>(description: string) =>
    col<T>("slug", "string", description, (x) => x.slug, { required: true, unique: true });
  return [
    table<Source>({
      name: "sources",
      title: "Sources",
      description: "The papers the data comes from.",
      primaryKey: ["slug"],
      records: cat.sources,
      columns: [
        slugColumn("Identifier of the source"),
        col("title", "string", "Title", (s) => s.title, req),
        col("authors", "array", "Authors, in the paper's order", (s) => s.authors, req),
        col("published", "string", "Publication date on arXiv (ISO 8601)", (s) => s.published, req),
        col("arxiv_id", "string", "arXiv identifier", (s) => s.arxivId, req),
        col("doi", "string", "arXiv's DOI of the preprint", (s) => `10.48550/arXiv.${s.arxivId}`, req),
        col("url", "string", "arXiv abstract page", (s) => s.url, req),
        col("role", "string", "What this dataset takes from it", (s) => s.role.trim(), req),
      ],
    }),
    table<Theme>({
      name: "themes",
      title: "Themes",
      description:
        `The ${cat.themes.length} themes of ${study.slug} (Section IV-A) with ` + `their video counts and shares.`,
      primaryKey: ["slug"],
      records: cat.themes,
      columns: [
        slugColumn("URL identifier"),
        col("name", "string", "Name as in the paper's section heading", (t) => t.name, req),
        col("position", "integer", "Order in the paper", (t) => t.position, req),
        ...figures<Theme>("theme", `Our summary (${CONTENT_LICENCE.name})`),
        withOrigin &&
          col(
            "origin",
            "string",
            "Where the theme comes from, as the paper's introduction classifies it",
            (t) => t.origin ?? "not-classified",
            // An older version's snapshot may hold a value since renamed (1.2.0's "new-to-llms"): the enum of a
            // version's package is its own values too, so every version's package validates.
            {
              required: true,
              enum: [...new Set([...THEME_ORIGINS, ...cat.themes.flatMap((t) => (t.origin ? [t.origin] : []))])],
            },
          ),
        withOrigin &&
          col(
            "origin_evidence",
            "string",
            "The paper's sentence that places it, verbatim; empty when it does not",
            (t) => t.originEvidence ?? null,
          ),
      ],
    }),
    table<Topic>({
      name: "topics",
      title: "Topics",
      description: `The ${cat.topics.length} topics of ${study.slug} with their theme, video counts and shares.`,
      primaryKey: ["slug"],
      foreignKeys: [fk("theme", "themes")],
      records: cat.topics,
      columns: [
        slugColumn("URL identifier"),
        col("name", "string", "Name as in the paper", (t) => t.name, req),
        col("theme", "string", "Slug of its theme", (t) => t.theme, req),
        col("position", "integer", "Order within the theme in the paper", (t) => t.position, req),
        ...figures<Topic>("topic", `Our summary, Markdown (${CONTENT_LICENCE.name})`),
        withKeywords &&
          col(
            "keywords",
            "array",
            `Words practitioners use for it (${CONTENT_LICENCE.name})`,
            (t) => (t as { keywords?: string[] }).keywords ?? [],
          ),
      ],
    }),
    table<Phase>({
      name: "phases",
      title: "Lifecycle phases",
      description: `The six phases of the LLM development lifecycle named by ${phasesSource}; descriptions are ours.`,
      primaryKey: ["slug"],
      records: cat.phases,
      columns: [
        slugColumn("URL identifier"),
        col("name", "string", "Name as in the source", (p) => p.name, req),
        col("position", "integer", "Order in the lifecycle", (p) => p.position, req),
        col("summary", "string", `Our description (${CONTENT_LICENCE.name})`, (p) => p.summary.trim(), req),
        col("source", "string", "Slug of the source that names the phase", () => phasesSource, req),
      ],
    }),
    linkTable({
      name: "topic_phases",
      title: "Topic ↔ phase links (editorial)",
      description:
        "Our editorial mapping of topics to lifecycle phases, each with a " +
        "one-sentence rationale; neither paper makes it.",
      ends: [
        ["topic", "topics"],
        ["phase", "phases"],
      ],
      records: cat.topics.flatMap((t) =>
        t.phases.map((l) => ({ topic: t.slug, phase: l.phase, rationale: l.rationale })),
      ),
      columns: [],
      reason: "the phase",
      editorial: "Always true: the link is our judgement, not a finding of either paper",
    }),
    table<{ topic: string; position: number; video: string; text: string }>({
      name: "quotes",
      title: "Practitioner quotes",
      description: `Verbatim quotes as printed in ${study.slug}, each with the id of the video it comes from.`,
      primaryKey: ["topic", "position"],
      foreignKeys: [fk("topic", "topics"), fk("video", "videos", "id")],
      records: cat.topics.flatMap((t) => t.quotes.map((q, i) => ({ topic: t.slug, position: i + 1, ...q }))),
      columns: [
        col("topic", "string", "Topic slug", (q) => q.topic, req),
        col("position", "integer", "Order within the topic, from 1", (q) => q.position, req),
        col(
          "video",
          "string",
          "Video id as the paper cites it (e.g. V3; the paper gives no range)",
          (q) => q.video,
          req,
        ),
        col("text", "string", "The quote, verbatim (the paper's)", (q) => q.text, req),
        col("source", "string", "Slug of the source", () => study.slug, req),
      ],
    }),
    table<Catalogue["videos"][number]>({
      name: "videos",
      title: "Videos",
      description:
        "Every video the data cites, by the paper's id. Title, URL and channel " +
        "are empty unless a source gives them: the paper's list of videos is " +
        "empty.",
      primaryKey: ["id"],
      records: cat.videos,
      columns: [
        col("id", "string", "Video id as in the paper", (v) => v.id, { required: true, unique: true }),
        col("title", "string", "Title, when a source gives it", (v) => v.title ?? null),
        col("url", "string", "URL, when a source gives it", (v) => v.url ?? null),
        col("channel", "string", "Channel, when a source gives it", (v) => v.channel ?? null),
      ],
    }),
    table<PairRecord>({
      name: "pairs",
      title: "Topic co-occurrence",
      description:
        "Every unordered pair of topics. The paper's text states the number of joint videos for some (provenance " +
        ("`reported`, with the sentence); the full matrix is only in its Figure " +
          "3, so every other pair is `not_reported` ") +
        "with an empty count, never 0.",
      primaryKey: ["topic_a", "topic_b"],
      foreignKeys: [fk("topic_a", "topics"), fk("topic_b", "topics")],
      records: allPairs(cat),
      columns: [
        col("topic_a", "string", "Topic slug", (p) => p.a, req),
        col("topic_b", "string", "Topic slug", (p) => p.b, req),
        col(
          "joint_videos",
          "integer",
          "Videos discussing both topics, as reported; empty when not reported",
          (p) => (p.reported ? p.reported.count : p.computed),
          { minimum: 0 },
        ),
        col(
          "provenance",
          "string",
          "Where the count comes from",
          (p) => (p.reported ? "reported" : withComputed ? "computed" : "not_reported"),
          {
            required: true,
            enum: withComputed ? ["reported", "computed", "not_reported"] : ["reported", "not_reported"],
          },
        ),
        col(
          "evidence",
          "string",
          "The paper's sentence the count comes from, verbatim",
          (p) => p.reported?.evidence ?? null,
        ),
        col(
          "note",
          "string",
          "Where the reported count contradicts the paper's other figures",
          (p) => p.reported?.note ?? null,
        ),
        col("source", "string", "Slug of the source of a reported count", (p) => (p.reported ? study.slug : null)),
        col("section", "string", "Section of the paper of a reported count", (p) => (p.reported ? "IV-B" : null)),
        withKind &&
          col(
            "kind",
            "string",
            "The paper's group for a reported pair (Section IV-B): " +
              PAIR_KINDS.map((k) => `${k} = "${PAIR_KIND[k].heading}"`).join(", ") +
              "; empty for pairs it does not report",
            (p) => p.reported?.kind ?? null,
            { enum: [...PAIR_KINDS] },
          ),
        withComputed &&
          col(
            "computed_joint_videos",
            "integer",
            "Joint videos counted from the imported video→topic assignments",
            (p) => p.computed,
            { minimum: 0 },
          ),
      ],
    }),
    ...(considerations.length > 0
      ? [
          table<Consideration>({
            name: "considerations",
            title: "Engineering considerations",
            description:
              "The engineering considerations of a guide page that names no author, date or URL, in its order; " +
              `names are the guide's, descriptions ours (${CONTENT_LICENCE.name}).`,
            primaryKey: ["slug"],
            records: considerations,
            columns: [
              slugColumn("URL identifier"),
              col("name", "string", "Name as in the guide page", (c) => c.name, req),
              col("position", "integer", "Order in the guide page", (c) => c.position, req),
              col("source", "string", "Slug of the guide page it comes from", (c) => c.source, req),
              col(
                "source_title",
                "string",
                "Title of that guide page",
                (c) => guideTitle.get(c.source) ?? c.source,
                req,
              ),
              col("summary", "string", `Our description (${CONTENT_LICENCE.name})`, (c) => c.summary.trim(), req),
              col(
                "unmapped_note",
                "string",
                "Why no practitioner topic fits; empty when it maps to topics",
                (c) => c.unmappedNote?.trim() ?? null,
              ),
            ],
          }),
          linkTable({
            name: "consideration_topics",
            title: "Consideration ↔ topic links (editorial)",
            description:
              "Our editorial mapping of engineering considerations to practitioner topics, each with a one-sentence " +
              "rationale; neither source makes it.",
            ends: [
              ["consideration", "considerations"],
              ["topic", "topics"],
            ],
            records: considerations.flatMap((c) =>
              c.topics.map((l, i) => ({
                consideration: c.slug,
                topic: l.topic,
                position: i + 1,
                rationale: l.rationale,
              })),
            ),
            columns: [
              col(
                "position",
                "integer",
                "Order within the consideration, from 1",
                (l: { position: number }) => l.position,
                req,
              ),
            ],
            reason: "it",
            editorial: "Always true: the link is our judgement",
          }),
        ]
      : []),
    ...(cat.findings
      ? [
          table<FindingRecord>({
            name: "findings",
            title: "The paper's conclusions and its method's limits",
            description:
              `What ${study.slug} concludes (Section V) and the limits of its method, each as our summary ` +
              `(${CONTENT_LICENCE.name}) with the paper's sentences verbatim.`,
            primaryKey: ["slug"],
            records: (["conclusions", "limits"] as const).flatMap((group) =>
              cat.findings![group].map((x, i) => ({
                ...x,
                group: group === "conclusions" ? "conclusion" : "limit",
                position: i + 1,
              })),
            ),
            columns: [
              slugColumn("Identifier"),
              col("group", "string", "conclusion or limit", (x) => x.group, {
                required: true,
                enum: ["conclusion", "limit"],
              }),
              col("position", "integer", "Order within its group", (x) => x.position, req),
              col("title", "string", "Short title (ours)", (x) => x.title, req),
              col("section", "string", "Section of the paper the sentences come from", (x) => x.section, req),
              col(
                "summary",
                "string",
                `Our summary, no firmer than the paper (${CONTENT_LICENCE.name})`,
                (x) => x.summary.trim(),
                req,
              ),
              col("evidence", "array", "The paper's sentences, verbatim", (x) => x.evidence, req),
              col("topics", "array", "Slugs of the topics it concerns", (x) => x.topics, req),
            ],
          }),
        ]
      : []),
  ];
}

const csvCell = (v: Cell): string | number | null =>
  Array.isArray(v) ? JSON.stringify(v) : typeof v === "boolean" ? String(v) : v;

export function tableCsv(t: Table): string {
  const names = t.fields.map((x) => x.name);
  return toCsv(
    names,
    t.rows.map((r) => names.map((n) => csvCell(r[n] ?? null))),
  );
}

export function tableJson(t: Table): string {
  return JSON.stringify(t.rows, null, 2) + "\n";
}

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

export interface DataPackage {
  descriptor: Record<string, unknown>;
  /** File name (as in each resource's `path`) → its text. */
  files: Record<string, string>;
}

export interface DataPackageOptions {
  /** Absolute URL of the site, for `homepage` and the package `id`. */
  siteUrl: string;
}

/** The package of one dataset version: datapackage.json plus `<table>.csv` and `<table>.json` for every table. */
export function buildDataPackage(cat: Catalogue, opts: DataPackageOptions): DataPackage {
  const tables = datasetTables(cat);
  const files: Record<string, string> = {};
  const resources: Array<Record<string, unknown>> = [];
  for (const t of tables) {
    const schema = {
      fields: t.fields,
      primaryKey: t.primaryKey,
      ...(t.foreignKeys ? { foreignKeys: t.foreignKeys } : {}),
      missingValues: [""],
    };
    const common = { title: t.title, description: t.description, encoding: "utf-8", schema };
    const csv = tableCsv(t);
    const json = tableJson(t);
    files[`${t.name}.csv`] = csv;
    files[`${t.name}.json`] = json;
    resources.push({
      name: t.name,
      profile: "tabular-data-resource",
      path: `${t.name}.csv`,
      format: "csv",
      mediatype: "text/csv",
      dialect: { delimiter: ",", lineTerminator: "\r\n", header: true, doubleQuote: true },
      bytes: Buffer.byteLength(csv, "utf8"),
      hash: `sha256:${sha256(csv)}`,
      ...common,
    });
    resources.push({
      name: `${t.name}-json`,
      profile: "data-resource",
      path: `${t.name}.json`,
      format: "json",
      mediatype: "application/json",
      bytes: Buffer.byteLength(json, "utf8"),
      hash: `sha256:${sha256(json)}`,
      ...common,
      description: `${t.description} The same rows as ${t.name}.csv, as a JSON array of objects.`,
    });
  }
  const version = cat.dataset.version;
  const descriptor = {
    // "data-package", not "tabular-data-package": the JSON copies are data resources beside the tabular CSV ones.
    profile: "data-package",
    name: "llm-engineering-knowledge-map",
    id: `${opts.siteUrl}/data/${version}/datapackage.json`,
    title: cat.dataset.title,
    description: cat.dataset.description.trim(),
    version,
    created: `${cat.dataset.releasedAt}T00:00:00Z`,
    homepage: opts.siteUrl,
    contentHash: `sha256:${cat.dataset.contentHash}`,
    licenses: [
      {
        ...CONTENT_LICENCE,
        scope: "our text: summaries, descriptions, the topic–phase mapping and rationales, keywords",
      },
    ],
    rights:
      `The ${PAPER_MATERIAL} are the papers' (see sources), reproduced with attribution and not covered by the ` +
      `licence above.`,
    sources: [
      ...cat.sources.map((s) => ({ title: s.title, path: s.url, doi: `10.48550/arXiv.${s.arxivId}` })),
      // The considerations' guide page names no author, date or address: its title is all there is to cite.
      ...(cat.guides ?? []).map((g) => ({ title: `“${g.title}” (online guide page; no author, date or address)` })),
    ],
    keywords: ["LLM", "large language models", "software engineering", "practitioners", "RAG", "LLMOps"],
    resources,
  };
  return { descriptor, files };
}
