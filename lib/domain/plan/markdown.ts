/**
 * The plan as a Markdown document for a design review: headings, `- [ ]` / `- [x]` items,
 * absolute links to every topic, phase and consideration page, the dataset version and how
 * to cite. The server renders it without progress (/plan.md); the page's download button
 * renders it with the user's ticks and notes, in the browser, with the same function.
 */
import type { PlanModel } from "./build";
import { considerationItem, considerationProgress, topicItem, type Progress } from "./checklist";
import { planPath } from "./url";
import { INCONSISTENT_LABEL, NO_EVIDENCE_LABEL, PROVENANCE_LABEL } from "../provenance";
import { UNMAPPED_SENTENCE } from "../considerations";
import { planSentences } from "./suggestions";
import { RELATION_EXPLAINER, relationPhrase } from "./relation";
import { planSummary } from "./summary";
import { PAIR_KIND } from "../paper/pair-kind";
import { inline } from "./markdown-inline";

export function planMarkdown(plan: PlanModel, siteUrl: string, progress?: Progress): string {
  const url = (path: string) => `${siteUrl}${path}`;
  const nameOf = new Map(plan.topics.map((t) => [t.slug, t.name]));
  const topicLink = (slug: string) => `[${inline(nameOf.get(slug) ?? slug)}](${url(`/topics/${slug}`)})`;
  const box = (item: string) => (progress?.ticks[item] ? "- [x]" : "- [ ]");
  const note = (item: string) => (progress?.notes[item] ? [`  - Note: ${inline(progress.notes[item])}`] : []);
  const picks = plan.picks.map((p) => p.slug);
  const lines: string[] = [];

  lines.push(
    `# LLM project plan: ` +
      `${plan.picks.length ? plan.picks.map((p) => inline(p.name)).join(", ") : "no topics picked yet"}`,
    "",
  );
  lines.push(`- Plan: ${url(planPath(picks))}`);
  lines.push(`- Data: LLM Engineering Knowledge Map, dataset version ${plan.datasetVersion}`);
  if (progress)
    lines.push(
      `- Progress: ${
        considerationProgress(
          progress,
          plan.considerations.map((c) => c.slug),
        ).label
      }`,
    );
  lines.push("");

  if (plan.picks.length > 0) {
    const summary = planSummary(plan);
    lines.push("## What to look at first", "");
    lines.push(
      `- Strongest reported companions: ${
        summary.companions.length
          ? summary.companions
              .map(
                (c) =>
                  `${topicLink(c.slug)} (${relationPhrase(c.kind, inline(nameOf.get(c.with) ?? c.with))}, ${c.count})`,
              )
              .join("; ")
          : "the paper reports no pair with these picks"
      }`,
      `- Lifecycle phases not yet covered (editorial mapping): ${
        summary.uncoveredPhases.length ? summary.uncoveredPhases.map((p) => inline(p.name)).join(", ") : "none"
      }`,
      `- Considerations that apply (editorial mapping): ${
        summary.considerations.length ? summary.considerations.map((c) => inline(c.name)).join(", ") : "none"
      }`,
      "",
    );
  }

  lines.push("## Topics in this plan", "");
  if (plan.picks.length === 0) lines.push("No topics picked.");
  for (const t of plan.picks) {
    lines.push(
      `${box(topicItem(t.slug))} ${topicLink(t.slug)} — ${t.videoCount} of the study's videos (${t.share}%)`,
      ...note(topicItem(t.slug)),
    );
  }
  lines.push("");

  lines.push("## What else to consider", "");
  lines.push(
    "Topics practitioners discuss together with the picks, ranked by joint videos (Mailach et al., §IV-B). " +
      RELATION_EXPLAINER,
    "",
  );
  const sentences = planSentences(plan.suggestions);
  if (plan.suggestions.length === 0 && plan.picks.length > 0)
    lines.push("No joint-video count is known for these picks.", "");
  for (const s of plan.suggestions) {
    const withName = inline(nameOf.get(s.evidence.with) ?? s.evidence.with);
    const heading = s.kind ? ` (${PAIR_KIND[s.kind].heading})` : "";
    lines.push(
      `${box(topicItem(s.slug))} ${topicLink(s.slug)} — ${relationPhrase(s.kind, withName)}${heading}: ` +
        `${s.count} joint videos, ${PROVENANCE_LABEL[s.provenance]}`,
    );
    const sentence = sentences.get(s.slug);
    if (sentence && sentence.shownWith === s.slug) {
      lines.push(`  - “${inline(sentence.sentence)}”`);
      if (sentence.supports.length > 1)
        lines.push(
          `  - This sentence reports ${sentence.supports.length} of these suggestions: ` +
            `${sentence.supports.map((x) => `${inline(nameOf.get(x.topic) ?? x.topic)} (${x.count})`).join(", ")}`,
        );
    } else if (sentence)
      lines.push(`  - Reported in the sentence quoted under ${inline(nameOf.get(sentence.shownWith) ?? "")}`);
    if (s.evidence.note) lines.push(`  - ${INCONSISTENT_LABEL} ${inline(s.evidence.note)}`);
    lines.push(...note(topicItem(s.slug)));
  }
  if (plan.notReported.length > 0) {
    lines.push("", `### ${NO_EVIDENCE_LABEL[0].toUpperCase()}${NO_EVIDENCE_LABEL.slice(1)}`, "");
    lines.push(
      "The paper's text gives no joint-video count for these topics with the picks; that is not evidence of zero.",
      "",
    );
    lines.push(plan.notReported.map((t) => topicLink(t.slug)).join(", "));
  }
  lines.push("");

  lines.push("## Lifecycle coverage (editorial mapping)", "");
  lines.push(
    "Phases from Rao et al. (arXiv 2506.23762); which topic belongs to which phase is our editorial judgement.",
    "",
  );
  for (const p of plan.phases.covered) {
    lines.push(`- Covered: [${inline(p.name)}](${url(`/phases/${p.slug}`)})`);
    for (const r of p.reasons) lines.push(`  - via ${topicLink(r.topic)}: ${inline(r.rationale)}`);
  }
  for (const p of plan.phases.uncovered)
    lines.push(`- Not covered by the plan's topics: [${inline(p.name)}](${url(`/phases/${p.slug}`)})`);
  lines.push("");

  lines.push("## Engineering considerations (checklist)", "");
  lines.push("From an undated, unattributed guide page (“Software Engineering”); mapping to topics is editorial.", "");
  for (const c of plan.considerations) {
    const link = `[${inline(c.name)}](${url(`/considerations/${c.slug}`)})`;
    const why =
      c.status === "applies"
        ? `applies through ` +
          `${c.via.map((v) => `${inline(nameOf.get(v.topic) ?? v.topic)} (${inline(v.rationale)})`).join("; ")}`
        : c.status === "other"
          ? `not touched by the plan's topics (maps to ${c.topics.map((t) => inline(nameOf.get(t) ?? t)).join(", ")})`
          : UNMAPPED_SENTENCE.replace(/\.$/, "").replace(/^The/, "the");
    lines.push(`${box(considerationItem(c.slug))} ${link} — ${why}`, ...note(considerationItem(c.slug)));
  }
  lines.push("");

  if (plan.quotes.length > 0) {
    lines.push("## What practitioners said", "");
    for (const q of plan.quotes) {
      lines.push(
        `> “${inline(q.text)}”`,
        `> — video [${q.video}](${url(`/videos/${q.video}`)}), on ${topicLink(q.topic)}`,
        "",
      );
    }
  }

  lines.push("## How to cite", "");
  lines.push(
    `LLM Engineering Knowledge Map, dataset version ${plan.datasetVersion}. ${url(planPath(picks))}. ` +
      ("Figures, quotes and co-occurrences: Mailach et al., “Themes of " +
        "Building LLM-based Applications for Production: A Practitioner’s " +
        "View”, arXiv 2411.08574 (2024). ") +
      ("Lifecycle phases: Rao et al., arXiv 2506.23762 (2025). " +
        "Considerations: “Software Engineering”, a guide page (no author, date " +
        "or URL given)."),
  );
  lines.push("", `Each topic page offers BibTeX, RIS and CSL-JSON: ${url("/about")}`);
  return lines.join("\n") + "\n";
}
