import type { Finding } from "@/lib/schemas/api";

/** One of the paper's conclusions or limits: our summary, then the paper's sentences verbatim with the section. */
export function FindingCard({ finding, headingLevel = 3 }: { finding: Finding; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? "h2" : "h3";
  const where = finding.section === "Abstract" ? "abstract" : `§${finding.section}`;
  return (
    <div id={finding.slug} className="scroll-mt-20" data-testid="finding" data-finding={finding.slug}>
      <H className="font-semibold text-slate-900 dark:text-slate-100">{finding.title}</H>
      <p className="mt-1 max-w-prose text-slate-800 dark:text-slate-200">{finding.summary}</p>
      <blockquote
        className={
          "mt-2 max-w-prose border-l-2 border-slate-300 pl-3 text-sm " +
          "text-slate-600 dark:border-slate-600 dark:text-slate-400"
        }
      >
        {finding.evidence.map((sentence, i) => (
          <span key={i}>
            “{sentence}”{i < finding.evidence.length - 1 ? " " : ""}
          </span>
        ))}{" "}
        <span className="whitespace-nowrap">— Mailach et al., {where}</span>
      </blockquote>
    </div>
  );
}
