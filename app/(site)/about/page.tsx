import type { Metadata } from "next";
import { StaticMarkup } from "@/components/StaticMarkup";
import { cellHref, cellOf } from "@/lib/domain/pairs";
import { archivePath } from "@/lib/domain/datapackage/paths";
import { IntentLink as Link } from "@/components/IntentLink";
import { catalogue } from "@/lib/data";
import { formatShare, sharePercent } from "@/lib/domain/share";
import { formatCitation, studyCsl } from "@/lib/domain/citation";
import { PageHeader, Section } from "@/components/PageHeader";
import { FindingCard } from "@/components/paper/FindingCard";
import { THEME_ORIGIN, THEME_ORIGINS } from "@/lib/domain/paper/theme-origin";
import { CODE_LICENCE, CONTENT_LICENCE, CONTENT_LICENCE_SCOPE, PAPER_MATERIAL } from "@/lib/domain/licence";

export const metadata: Metadata = {
  title: "About the data",
  description:
    "Sources, method, how shares are computed, and the known limits and inconsistencies of the source papers.",
  alternates: { canonical: "/about" },
};

const link = "text-sky-700 underline dark:text-sky-400";

export default async function AboutPage() {
  const reader = catalogue();
  const [sources, guides, themes, topics, version, cooc, findings] = await Promise.all([
    reader.sources(),
    reader.guides(),
    reader.themes(),
    reader.topics(),
    reader.datasetVersion(),
    reader.cooccurrence(),
    reader.findings(),
  ]);
  const conclusions = findings.filter((f) => f.group === "conclusion");
  const methodLimits = findings.filter((f) => f.group === "limit");
  const study = sources.find((s) => s.shareDenominator !== null)!;
  const byVideos = [...themes].sort((a, b) => b.videoCount - a.videoCount);
  const mct = themes.find((t) => t.slug === "model-capabilities-and-techniques");
  const rank = mct ? byVideos.findIndex((t) => t.slug === mct.slug) + 1 : 0;
  const rag = topics.find((t) => t.slug === "rag-systems");
  const nameOf = new Map(topics.map((t) => [t.slug, t.name]));
  const topicOf = new Map(topics.map((t) => [t.slug, t]));
  const pairHref = (a: string, b: string) => {
    const [row, column] = cellOf(topicOf.get(a)!, topicOf.get(b)!);
    return cellHref(row.slug, column.slug);
  };
  const reported = cooc.pairs.filter((p) => p.provenance === "reported").length;
  const figures = themes.length + topics.length;

  return (
    <StaticMarkup>
      <article className="max-w-3xl">
        <PageHeader kicker="About" title="Sources, method and limits" />

        <Section title="Sources" id="sources">
          <ul className="space-y-4">
            {sources.map((s) => (
              <li key={s.slug} data-testid={`source-${s.slug}`}>
                <p>{formatCitation(studyCsl(s), "apa")}</p>
                <p className="mt-1 text-sm">
                  <a href={s.url} className={link}>
                    Open on arXiv
                  </a>
                </p>
                <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Used for: {s.role}</p>
                {s.replicationDoi && (
                  <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                    Replication package (video-to-topic mapping, not included here): DOI{" "}
                    <a href={`https://doi.org/${s.replicationDoi}`} className={link}>
                      {s.replicationDoi}
                    </a>
                  </p>
                )}
              </li>
            ))}
            {guides.map((g) => (
              <li key={g.slug} data-testid={`source-${g.slug}`}>
                <p>“{g.title}”, an online guide page: an overview of software engineering considerations for LLMs.</p>
                <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{g.note}</p>
                <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Used for: {g.role}</p>
              </li>
            ))}
          </ul>
        </Section>

        <Section title="Method, in brief" id="method">
          <div className="space-y-4 leading-7 text-slate-800 dark:text-slate-200">
            <p>
              Mailach et al. searched YouTube for practitioners talking about LLM applications in production, repeated
              the search three times over eleven months, and kept {study.videosAnalysed} experience reports out of 664
              candidates (over 92 hours in all). They transcribed the videos, split the transcripts into short
              paragraphs, grouped the paragraphs with the BERTopic topic model, and then reviewed, removed and merged
              the machine-made topics by hand into {topics.length} topics within {themes.length} themes. A video counts
              for a topic when at least one of its paragraphs was assigned to that topic.
            </p>
            <p>
              Rao et al. review software-engineering research on LLM development and divide the lifecycle into six
              phases. Mailach et al.’s reference list does not cite Rao et al. (which appeared later); of Rao et al. we
              have only the abstract, so we cannot say whether it cites Mailach et al. Neither source maps topics to
              phases: the links between practitioner topics and lifecycle phases on this site are our own editorial
              mapping, each with a one-sentence reason, and are labelled as such wherever they appear.
            </p>
            <p>
              Everything on this site is stored as reviewable text files and imported into a database. Figures and
              quotes are copied exactly; summaries and descriptions are written in our own words.
            </p>
          </div>
        </Section>

        <Section title="What the paper concludes" id="conclusions">
          <p className="mb-5 leading-7 text-slate-800 dark:text-slate-200">
            The paper’s Discussion (§V) and the research directions of its Conclusion (§VI), each point in our words and
            then in the paper’s own sentences. Topic pages show the points that concern them.
          </p>
          <div className="space-y-6" data-testid="about-conclusions">
            {conclusions.map((f) => (
              <FindingCard key={f.slug} finding={f} />
            ))}
          </div>
          <h3 className="mt-8 font-semibold text-slate-900 dark:text-slate-100" id="theme-origins">
            Where the themes come from
          </h3>
          <p className="mt-1 leading-7 text-slate-800 dark:text-slate-200">
            The introduction sorts themes by origin through examples only; the themes it does not name are left
            unclassified here too.
          </p>
          <ul
            className="mt-2 list-disc space-y-1 pl-5 text-slate-800 dark:text-slate-200"
            data-testid="about-theme-origins"
          >
            {THEME_ORIGINS.map((o) => {
              const named = themes.filter((t) => t.origin === o);
              if (named.length === 0) return null;
              return (
                <li key={o}>
                  <strong>{THEME_ORIGIN[o].label}</strong>
                  {THEME_ORIGIN[o].paperWording ? <> (“{THEME_ORIGIN[o].paperWording}”)</> : null}:{" "}
                  {named.map((t, i) => (
                    <span key={t.slug}>
                      {i > 0 ? ", " : ""}
                      <Link href={`/themes/${t.slug}`} className={link}>
                        {t.name}
                      </Link>
                    </span>
                  ))}
                </li>
              );
            })}
          </ul>
        </Section>

        <Section title="How shares are computed" id="shares">
          <div className="space-y-4 leading-7 text-slate-800 dark:text-slate-200">
            <p>
              The paper analysed {study.videosAnalysed} videos, yet every share it prints equals the video count divided
              by <strong>{study.shareDenominator}</strong>, not by {study.videosAnalysed}.
              {rag && (
                <>
                  {" "}
                  For example, RAG Systems: {rag.videoCount} / {study.shareDenominator} ={" "}
                  {sharePercent(rag.videoCount, study.shareDenominator!).toFixed(2)}%, printed as{" "}
                  {formatShare(rag.share)}; over {study.videosAnalysed} it would be{" "}
                  {formatShare(Math.round(sharePercent(rag.videoCount, study.videosAnalysed!) * 10) / 10)}.
                </>
              )}
            </p>
            <p>
              The paper does not explain the difference (a plausible reading is that{" "}
              {study.videosAnalysed! - study.shareDenominator!} videos had no paragraph in any retained topic, but the
              paper does not say so). We show the shares exactly as printed, store the denominator next to each one, and
              check every one of the {figures} figures against count / {study.shareDenominator} when importing.
            </p>
            <p>
              A video can discuss several topics, so a theme’s count can be smaller than the sum of its topics’ counts
              (it equals it for a theme with a single topic), and shares add up to more than 100%.
            </p>
          </div>
        </Section>

        <Section title="Limits of the study’s method" id="method-limits">
          <p className="mb-5 leading-7 text-slate-800 dark:text-slate-200">
            What the study’s sample and method leave out. The paper names two threats to validity (§V-A); the date
            range, the English-only rule and the excluded kinds of video are its inclusion criteria (abstract, §III),
            and the unclassified paragraphs a step of its method (§III), which we read as limits.
          </p>
          <div className="space-y-6" data-testid="about-method-limits">
            {methodLimits.map((f) => (
              <FindingCard key={f.slug} finding={f} />
            ))}
          </div>
        </Section>

        <Section title="Known limits and inconsistencies of the sources" id="limits">
          <ul className="list-disc space-y-3 pl-5 leading-7 text-slate-800 dark:text-slate-200">
            {mct && (
              <li data-testid="inconsistency-rank">
                The paper calls {mct.name} the “third largest” theme, “appearing in half of the videos”, but its{" "}
                {mct.videoCount} videos ({formatShare(mct.share)}) make it the {rank === 2 ? "second" : `#${rank}`}{" "}
                largest, after {byVideos[0].name} ({byVideos[0].videoCount}). We show the figures as printed.
              </li>
            )}
            {cooc.pairs
              .filter((p) => p.note)
              .map((p) => (
                <li key={`${p.a}|${p.b}`} data-testid="inconsistency-pair">
                  <Link href={pairHref(p.a, p.b)} className="underline">
                    {nameOf.get(p.a)} × {nameOf.get(p.b)}
                  </Link>
                  : {p.count} joint videos. {p.note}
                </li>
              ))}
            <li>
              Shares are computed over {study.shareDenominator} videos although {study.videosAnalysed} were analysed
              (see above).
            </li>
            <li>
              The paper’s reference list of videos is empty: videos are known only by their ids (V3 … V174). Titles,
              channels and links are shown as “not given in the source”; we never guess them.
            </li>
            <li>
              Co-occurrence: the text states joint-video counts for {reported} topic pairs; the full matrix is only in
              the paper’s Figure 3 and its replication package, which we do not have. All other pairs are marked{" "}
              <em>not reported</em>, never shown as 0.
            </li>
            <li>
              Theme names vary within the paper: “Design &amp; Architecture” in the abstract; “Tools &amp;
              Infrastructure” and “Monitoring” in the introduction, where the section headings say “Tools,
              Infrastructure &amp; LLM providers” and “Monitoring &amp; Observability”. We use the section headings.
            </li>
            {study.alternativeTitle && (
              <li>
                The study appears under two titles: “{study.title}” (full text) and “{study.alternativeTitle}” (arXiv
                listing).
              </li>
            )}
            <li>
              Only the names and order of the phases come from Rao et al.’s abstract; the phase descriptions are ours.
            </li>
          </ul>
        </Section>

        <Section title="Licence" id="licence">
          <div className="space-y-4 leading-7 text-slate-800 dark:text-slate-200" data-testid="about-licence">
            <p>
              Our own text — {CONTENT_LICENCE_SCOPE} — is licensed under{" "}
              <a className={link} rel="license" href={CONTENT_LICENCE.path}>
                {CONTENT_LICENCE.title}
              </a>{" "}
              ({CONTENT_LICENCE.name}): reuse it for any purpose, with attribution (“LLM Engineering Knowledge Map,
              dataset version {version.version}, CC BY 4.0”).
            </p>
            <p>
              The {PAPER_MATERIAL}, and the names of themes, topics and phases, are the papers’, not ours to license:
              cite Mailach et al. (arXiv:2411.08574) and, for the phases, Rao et al. (arXiv:2506.23762). The names of
              the engineering considerations come from the online guide page “Software Engineering”. The code of the
              site is under the{" "}
              <a className={link} href={CODE_LICENCE.path}>
                {CODE_LICENCE.title}
              </a>
              .
            </p>
          </div>
        </Section>

        <Section title="Dataset version" id="version">
          <p className="leading-7">
            This is dataset version <span className="font-mono">{version.version}</span>, released {version.releasedAt},
            content hash <span className="break-all font-mono text-sm">{version.contentHash}</span>. The same version is
            in every API response under <code className="font-mono text-sm">meta.datasetVersion</code>; the API is
            described in its {/* A full page load: the reference renderer boots from its own script. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a className={link} href="/api">
              reference
            </a>{" "}
            (from{" "}
            <a className={link} href="/api/v1/openapi.json">
              its OpenAPI document
            </a>
            ; open to any origin). For LLM agents,{" "}
            <a className={link} href="/llms.txt">
              /llms.txt
            </a>{" "}
            summarises what the site holds.
          </p>
          <p className="mt-4" data-testid="about-data-package">
            The whole dataset of this version is one download,{" "}
            <a className={link} href={archivePath(version.version)} download data-testid="about-data-archive">
              {archivePath(version.version)}
            </a>{" "}
            (a zip with a README and a CITATION.cff), described by{" "}
            <a className={link} href={`/data/${version.version}/datapackage.json`}>
              /data/{version.version}/datapackage.json
            </a>
            , a{" "}
            <a className={link} href="https://specs.frictionlessdata.io/data-package/">
              Frictionless Data Package
            </a>{" "}
            with a table schema for each table (sources, themes, topics, phases, topic–phase links, quotes, videos,
            topic pairs with provenance and evidence), each as CSV and JSON, with its licences, sources, version and
            content hash. Earlier versions: see the{" "}
            <Link href="/changelog" className={link}>
              changelog
            </Link>
            .
          </p>
          <p className="mt-4">
            <Link href="/videos" className={link}>
              All cited videos
            </Link>
          </p>
        </Section>
      </article>
    </StaticMarkup>
  );
}
