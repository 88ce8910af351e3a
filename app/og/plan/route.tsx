import { loadPlan } from "@/lib/plan";
import { ogImage } from "@/lib/og";
import { fitText } from "@/lib/domain/label-fit";

export const dynamic = "force-dynamic";

/** Preview card of a plan: its topics, the top co-occurring topics, coverage and considerations. */
export async function GET(request: Request) {
  const plan = await loadPlan(new URL(request.url).searchParams.getAll("topics"));
  const top = plan.suggestions.slice(0, 3);
  const applies = plan.considerations.filter((c) => c.status === "applies").length;
  const total = plan.phases.covered.length + plan.phases.uncovered.length;
  const title = plan.picks.length ? plan.picks.map((p) => p.name).join(" + ") : "Plan your LLM project";
  return ogImage(
    <div style={{ display: "flex", flexDirection: "column", width: "100%" }}>
      <div style={{ fontSize: 28, color: "#475569", textTransform: "uppercase", letterSpacing: 2 }}>
        LLM project plan
      </div>
      <div style={{ fontSize: 64, fontWeight: 700, marginTop: 8, lineHeight: 1.05 }}>
        {fitText(title, 1080, 64, true)}
      </div>
      {plan.picks.length > 0 ? (
        <div style={{ display: "flex", flexDirection: "column", marginTop: 28 }}>
          <div style={{ fontSize: 30, fontWeight: 700 }}>What else to consider</div>
          {top.map((s) => (
            <div key={s.slug} style={{ display: "flex", fontSize: 30, marginTop: 8 }}>
              <span style={{ fontWeight: 700, width: 80 }}>{s.count}</span>
              <span>
                {`${s.name} · joint videos, ` +
                  `${s.provenance}${s.evidence.inconsistent ? " (inconsistent in the source)" : ""}`}
              </span>
            </div>
          ))}
          <div style={{ fontSize: 26, color: "#475569", marginTop: 20 }}>
            {`${plan.phases.covered.length} of ${total} lifecycle phases covered · ` +
              `${applies} of ${plan.considerations.length} engineering ` +
              `considerations apply`}
          </div>
        </div>
      ) : (
        <div style={{ fontSize: 30, color: "#475569", marginTop: 28 }}>
          Pick topics; get what else to consider, lifecycle coverage and a checklist.
        </div>
      )}
    </div>,
    `Mailach et al., arXiv 2411.08574 · dataset v${plan.datasetVersion}`,
  );
}
