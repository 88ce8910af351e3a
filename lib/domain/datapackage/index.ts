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
const f = (name: string, type: Field["type"], description: string, constraints?: Field["constraints"]): Field => ({
  name,
  type,
  description,
  ...(constraints ? { constraints } : {}),
});

/**
 * Every unordered pair of topics, in topic order; the paper's reported ones keep their own a/b order. With imported
 * video→topic assignments (stored in the version's snapshot), pairs the paper does not report are `computed` from
 * them, and every pair carries its computed count beside the reported one.
 */
function allPairs(cat: Catalogue): Row[] {
  const reported = new Map(cat.pairs.map((p) => [pairKey(p.a, p.b), p]));
  const joint = cat.assignments && cat.assignments.length > 0 ? countJointVideos(cat.assignments) : undefined;
  const withKind = cat.pairs.some((p) => p.kind);
  const rows: Row[] = [];
  const slugs = cat.topics.map((t) => t.slug);
  for (let i = 0; i < slugs.length; i++) {
    for (let j = i + 1; j < slugs.length; j++) {
      const key = pairKey(slugs[i], slugs[j]);
      const p = reported.get(key);
      const computed = joint ? (joint.get(key) ?? 0) : null;
      const extra: Row = {
        ...(withKind ? { kind: p?.kind ?? null } : {}),
        ...(joint ? { computed_joint_videos: computed } : {}),
      };
      rows.push(
        p
          ? {
              topic_a: p.a,
              topic_b: p.b,
              joint_videos: p.count,
              provenance: "reported",
              evidence: p.evidence,
              note: p.note ?? null,
              source: cat.study.slug,
              section: "IV-B",
              ...extra,
            }
          : {
              topic_a: slugs[i],
              topic_b: slugs[j],
              joint_videos: computed,
              provenance: joint ? "computed" : "not_reported",
              evidence: null,
              note: null,
              source: null,
              section: null,
              ...extra,
            },
      );
    }
  }
  return rows;
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
  return [
    {
      name: "sources",
      title: "Sources",
      description: "The papers the data comes from.",
      primaryKey: ["slug"],
      fields: [
        f("slug", "string", "Identifier of the source", { required: true, unique: true }),
        f("title", "string", "Title", req),
        f("authors", "array", "Authors, in the paper's order", req),
        f("published", "string", "Publication date on arXiv (ISO 8601)", req),
        f("arxiv_id", "string", "arXiv identifier", req),
        f("doi", "string", "arXiv's DOI of the preprint", req),
        f("url", "string", "arXiv abstract page", req),
        f("role", "string", "What this dataset takes from it", req),
      ],
      rows: cat.sources.map((s) => ({
        slug: s.slug,
        title: s.title,
        authors: s.authors,
        published: s.published,
        arxiv_id: s.arxivId,
        doi: `10.48550/arXiv.${s.arxivId}`,
        url: s.url,
        role: s.role.trim(),
      })),
    },
    {
      name: "themes",
      title: "Themes",
      description:
        `The ${cat.themes.length} themes of ${study.slug} (Section IV-A) with ` + `their video counts and shares.`,
      primaryKey: ["slug"],
      fields: [
        f("slug", "string", "URL identifier", { required: true, unique: true }),
        f("name", "string", "Name as in the paper's section heading", req),
        f("position", "integer", "Order in the paper", req),
        f("video_count", "integer", "Videos with at least one paragraph in the theme (the paper's figure)", req),
        f("share_percent", "number", `Share of videos in percent, ${SHARE_NOTE}`, req),
        f("share_denominator", "integer", "The denominator the paper's shares use", req),
        f("section", "string", "Section of the paper", req),
        f("summary", "string", `Our summary (${CONTENT_LICENCE.name})`, req),
        f("aliases", "array", "Earlier slugs and the paper's other names for it, as slugs", req),
        ...(withOrigin
          ? [
              f("origin", "string", "Where the theme comes from, as the paper's introduction classifies it", {
                required: true,
                // An older version's snapshot may hold a value since renamed (1.2.0's "new-to-llms"): the enum of a
                // version's package is its own values too, so every version's package validates.
                enum: [...new Set([...THEME_ORIGINS, ...cat.themes.flatMap((t) => (t.origin ? [t.origin] : []))])],
              }),
              f("origin_evidence", "string", "The paper's sentence that places it, verbatim; empty when it does not"),
            ]
          : []),
      ],
      rows: cat.themes.map((t) => ({
        slug: t.slug,
        name: t.name,
        position: t.position,
        video_count: t.videoCount,
        share_percent: t.share,
        share_denominator: study.shareDenominator,
        section: t.section,
        summary: t.summary.trim(),
        aliases: t.aliases,
        ...(withOrigin ? { origin: t.origin ?? "not-classified", origin_evidence: t.originEvidence ?? null } : {}),
      })),
    },
    {
      name: "topics",
      title: "Topics",
      description: `The ${cat.topics.length} topics of ${study.slug} with their theme, video counts and shares.`,
      primaryKey: ["slug"],
      foreignKeys: [{ fields: ["theme"], reference: { resource: "themes", fields: ["slug"] } }],
      fields: [
        f("slug", "string", "URL identifier", { required: true, unique: true }),
        f("name", "string", "Name as in the paper", req),
        f("theme", "string", "Slug of its theme", req),
        f("position", "integer", "Order within the theme in the paper", req),
        f("video_count", "integer", "Videos with at least one paragraph in the topic (the paper's figure)", req),
        f("share_percent", "number", `Share of videos in percent, ${SHARE_NOTE}`, req),
        f("share_denominator", "integer", "The denominator the paper's shares use", req),
        f("section", "string", "Section of the paper", req),
        f("summary", "string", `Our summary, Markdown (${CONTENT_LICENCE.name})`, req),
        f("aliases", "array", "Earlier slugs and the paper's other names for it, as slugs", req),
        ...(withKeywords ? [f("keywords", "array", `Words practitioners use for it (${CONTENT_LICENCE.name})`)] : []),
      ],
      rows: cat.topics.map((t) => ({
        slug: t.slug,
        name: t.name,
        theme: t.theme,
        position: t.position,
        video_count: t.videoCount,
        share_percent: t.share,
        share_denominator: study.shareDenominator,
        section: t.section,
        summary: t.summary.trim(),
        aliases: t.aliases,
        ...(withKeywords ? { keywords: (t as { keywords?: string[] }).keywords ?? [] } : {}),
      })),
    },
    {
      name: "phases",
      title: "Lifecycle phases",
      description: `The six phases of the LLM development lifecycle named by ${phasesSource}; descriptions are ours.`,
      primaryKey: ["slug"],
      fields: [
        f("slug", "string", "URL identifier", { required: true, unique: true }),
        f("name", "string", "Name as in the source", req),
        f("position", "integer", "Order in the lifecycle", req),
        f("summary", "string", `Our description (${CONTENT_LICENCE.name})`, req),
        f("source", "string", "Slug of the source that names the phase", req),
      ],
      rows: cat.phases.map((p) => ({
        slug: p.slug,
        name: p.name,
        position: p.position,
        summary: p.summary.trim(),
        source: phasesSource,
      })),
    },
    {
      name: "topic_phases",
      title: "Topic ↔ phase links (editorial)",
      description:
        "Our editorial mapping of topics to lifecycle phases, each with a " +
        "one-sentence rationale; neither paper makes it.",
      primaryKey: ["topic", "phase"],
      foreignKeys: [
        { fields: ["topic"], reference: { resource: "topics", fields: ["slug"] } },
        { fields: ["phase"], reference: { resource: "phases", fields: ["slug"] } },
      ],
      fields: [
        f("topic", "string", "Topic slug", req),
        f("phase", "string", "Phase slug", req),
        f("rationale", "string", `Why the topic belongs to the phase (ours, ${CONTENT_LICENCE.name})`, req),
        f("editorial", "boolean", "Always true: the link is our judgement, not a finding of either paper", req),
      ],
      rows: cat.topics.flatMap((t) =>
        t.phases.map((l) => ({ topic: t.slug, phase: l.phase, rationale: l.rationale.trim(), editorial: true })),
      ),
    },
    {
      name: "quotes",
      title: "Practitioner quotes",
      description: `Verbatim quotes as printed in ${study.slug}, each with the id of the video it comes from.`,
      primaryKey: ["topic", "position"],
      foreignKeys: [
        { fields: ["topic"], reference: { resource: "topics", fields: ["slug"] } },
        { fields: ["video"], reference: { resource: "videos", fields: ["id"] } },
      ],
      fields: [
        f("topic", "string", "Topic slug", req),
        f("position", "integer", "Order within the topic, from 1", req),
        f("video", "string", "Video id as the paper cites it (e.g. V3; the paper gives no range)", req),
        f("text", "string", "The quote, verbatim (the paper's)", req),
        f("source", "string", "Slug of the source", req),
      ],
      rows: cat.topics.flatMap((t) =>
        t.quotes.map((q, i) => ({ topic: t.slug, position: i + 1, video: q.video, text: q.text, source: study.slug })),
      ),
    },
    {
      name: "videos",
      title: "Videos",
      description:
        "Every video the data cites, by the paper's id. Title, URL and channel " +
        "are empty unless a source gives them: the paper's list of videos is " +
        "empty.",
      primaryKey: ["id"],
      fields: [
        f("id", "string", "Video id as in the paper", { required: true, unique: true }),
        f("title", "string", "Title, when a source gives it"),
        f("url", "string", "URL, when a source gives it"),
        f("channel", "string", "Channel, when a source gives it"),
      ],
      rows: cat.videos.map((v) => ({
        id: v.id,
        title: v.title ?? null,
        url: v.url ?? null,
        channel: v.channel ?? null,
      })),
    },
    {
      name: "pairs",
      title: "Topic co-occurrence",
      description:
        "Every unordered pair of topics. The paper's text states the number of joint videos for some (provenance " +
        ("`reported`, with the sentence); the full matrix is only in its Figure " +
          "3, so every other pair is `not_reported` ") +
        "with an empty count, never 0.",
      primaryKey: ["topic_a", "topic_b"],
      foreignKeys: [
        { fields: ["topic_a"], reference: { resource: "topics", fields: ["slug"] } },
        { fields: ["topic_b"], reference: { resource: "topics", fields: ["slug"] } },
      ],
      fields: [
        f("topic_a", "string", "Topic slug", req),
        f("topic_b", "string", "Topic slug", req),
        f("joint_videos", "integer", "Videos discussing both topics, as reported; empty when not reported", {
          minimum: 0,
        }),
        f("provenance", "string", "Where the count comes from", {
          required: true,
          enum: withComputed ? ["reported", "computed", "not_reported"] : ["reported", "not_reported"],
        }),
        f("evidence", "string", "The paper's sentence the count comes from, verbatim"),
        f("note", "string", "Where the reported count contradicts the paper's other figures"),
        f("source", "string", "Slug of the source of a reported count"),
        f("section", "string", "Section of the paper of a reported count"),
        ...(withKind
          ? [
              f(
                "kind",
                "string",
                "The paper's group for a reported pair (Section IV-B): " +
                  PAIR_KINDS.map((k) => `${k} = "${PAIR_KIND[k].heading}"`).join(", ") +
                  "; empty for pairs it does not report",
                { enum: [...PAIR_KINDS] },
              ),
            ]
          : []),
        ...(withComputed
          ? [
              f("computed_joint_videos", "integer", "Joint videos counted from the imported video→topic assignments", {
                minimum: 0,
              }),
            ]
          : []),
      ],
      rows: allPairs(cat),
    },
    ...(considerations.length > 0
      ? [
          {
            name: "considerations",
            title: "Engineering considerations",
            description:
              "The engineering considerations of a guide page that names no author, date or URL, in its order; " +
              `names are the guide's, descriptions ours (${CONTENT_LICENCE.name}).`,
            primaryKey: ["slug"],
            fields: [
              f("slug", "string", "URL identifier", { required: true, unique: true }),
              f("name", "string", "Name as in the guide page", req),
              f("position", "integer", "Order in the guide page", req),
              f("source", "string", "Slug of the guide page it comes from", req),
              f("source_title", "string", "Title of that guide page", req),
              f("summary", "string", `Our description (${CONTENT_LICENCE.name})`, req),
              f("unmapped_note", "string", "Why no practitioner topic fits; empty when it maps to topics"),
            ],
            rows: considerations.map((c) => ({
              slug: c.slug,
              name: c.name,
              position: c.position,
              source: c.source,
              source_title: guideTitle.get(c.source) ?? c.source,
              summary: c.summary.trim(),
              unmapped_note: c.unmappedNote?.trim() ?? null,
            })),
          } satisfies Table,
          {
            name: "consideration_topics",
            title: "Consideration ↔ topic links (editorial)",
            description:
              "Our editorial mapping of engineering considerations to practitioner topics, each with a one-sentence " +
              "rationale; neither source makes it.",
            primaryKey: ["consideration", "topic"],
            foreignKeys: [
              { fields: ["consideration"], reference: { resource: "considerations", fields: ["slug"] } },
              { fields: ["topic"], reference: { resource: "topics", fields: ["slug"] } },
            ],
            fields: [
              f("consideration", "string", "Consideration slug", req),
              f("topic", "string", "Topic slug", req),
              f("position", "integer", "Order within the consideration, from 1", req),
              f("rationale", "string", `Why the topic belongs to it (ours, ${CONTENT_LICENCE.name})`, req),
              f("editorial", "boolean", "Always true: the link is our judgement", req),
            ],
            rows: considerations.flatMap((c) =>
              c.topics.map((l, i) => ({
                consideration: c.slug,
                topic: l.topic,
                position: i + 1,
                rationale: l.rationale.trim(),
                editorial: true,
              })),
            ),
          } satisfies Table,
        ]
      : []),
    ...(cat.findings
      ? [
          {
            name: "findings",
            title: "The paper's conclusions and its method's limits",
            description:
              `What ${study.slug} concludes (Section V) and the limits of its method, each as our summary ` +
              `(${CONTENT_LICENCE.name}) with the paper's sentences verbatim.`,
            primaryKey: ["slug"],
            fields: [
              f("slug", "string", "Identifier", { required: true, unique: true }),
              f("group", "string", "conclusion or limit", { required: true, enum: ["conclusion", "limit"] }),
              f("position", "integer", "Order within its group", req),
              f("title", "string", "Short title (ours)", req),
              f("section", "string", "Section of the paper the sentences come from", req),
              f("summary", "string", `Our summary, no firmer than the paper (${CONTENT_LICENCE.name})`, req),
              f("evidence", "array", "The paper's sentences, verbatim", req),
              f("topics", "array", "Slugs of the topics it concerns", req),
            ],
            rows: (["conclusions", "limits"] as const).flatMap((group) =>
              cat.findings![group].map((x, i) => ({
                slug: x.slug,
                group: group === "conclusions" ? "conclusion" : "limit",
                position: i + 1,
                title: x.title,
                section: x.section,
                summary: x.summary.trim(),
                evidence: x.evidence,
                topics: x.topics,
              })),
            ),
          } satisfies Table,
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
