import { loadPlan } from "@/lib/plan";
import { planMarkdown } from "@/lib/domain/plan/markdown";
import { siteUrl } from "@/lib/site";

export const dynamic = "force-dynamic";

/** The plan as Markdown (no ticks: those live in the browser; the page's button adds them). */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  try {
    const plan = await loadPlan(params.getAll("topics"));
    const body = (plan.notice ? `<!-- ${plan.notice.replace(/--/g, "‐‐")} -->\n` : "") + planMarkdown(plan, siteUrl());
    return new Response(body, {
      headers: {
        "Content-Type": "text/markdown; charset=utf-8",
        "Content-Disposition": `inline; filename="llm-plan.md"`,
        "Cache-Control": "public, max-age=60",
      },
    });
  } catch (err) {
    console.error("plan.md failed:", err);
    return new Response("The plan could not be built. Please try again later.\n", {
status: 503,
headers: { "Content-Type": "text/plain; charset=utf-8" },
});
  }
}
