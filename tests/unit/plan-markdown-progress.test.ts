import { describe, expect, it } from "vitest";
import { buildPlan } from "@/lib/domain/plan/build";
import { considerationItem, topicItem, type Progress } from "@/lib/domain/plan/checklist";
import { planMarkdown } from "@/lib/domain/plan/markdown";
import { applyProgress } from "@/lib/domain/plan/markdown-progress";
import { realPlanInput } from "../helpers/plan";

const SITE = "https://map.example.org";

describe("applyProgress", () => {
  it("puts ticks and notes into the server's Markdown exactly as planMarkdown writes them", async () => {
    const input = await realPlanInput();
    const progresses: Progress[] = [
      { ticks: {}, notes: {} },
      {
        ticks: { [considerationItem("context-management")]: true, [topicItem("rag-systems")]: true },
        notes: {
          [considerationItem("context-management")]: "Summarise turns older than 5 [draft]",
          // A suggestion: its note goes after the quoted sentence and the inconsistency line.
          [topicItem("model-size-and-performance")]: "Check the 11 vs 8",
          [topicItem("evaluation")]: "RAGAS?\nand by hand",
        },
      },
      {
        ticks: Object.fromEntries(input.considerations.map((c) => [considerationItem(c.slug), true])),
        notes: { [considerationItem("integration-and-api-development")]: "n/a" },
      },
    ];
    for (const topics of ["rag-systems", "rag-systems,agents", "fine-tuning,evaluation,pricing", ""]) {
      const plan = buildPlan(topics, input);
      const plain = planMarkdown(plan, SITE);
      for (const progress of progresses) {
        expect(applyProgress(plain, SITE, progress), `${topics} ${JSON.stringify(progress)}`).toBe(
          planMarkdown(plan, SITE, progress),
        );
      }
    }
  });

  it("changes nothing but boxes, notes and the progress line", async () => {
    const plan = buildPlan("rag-systems", await realPlanInput());
    const plain = planMarkdown(plan, SITE);
    const ticked = applyProgress(plain, SITE, {
      ticks: { [considerationItem("context-management")]: true },
      notes: { [topicItem("rag-systems")]: "start here" },
    });
    expect(ticked).toContain("- [x] [Context Management](https://map.example.org/considerations/context-management)");
    expect(ticked).toContain(
      "- [ ] [RAG Systems](https://map.example.org/topics/rag-systems) — 72 of the study's videos (40.4%)\n" +
        "  - Note: start here\n",
    );
    expect(ticked).toContain("- Progress: 1 of 11 considered");
    const removed = ticked
      .replace("- [x]", "- [ ]")
      .replace("  - Note: start here\n", "")
      .replace("- Progress: 1 of 11 considered\n", "");
    expect(removed).toBe(plain);
  });
});
