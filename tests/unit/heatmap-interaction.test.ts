import { describe, expect, it } from "vitest";
import { buildPairRows } from "@/lib/domain/heatmap/cooccurrence";
import { orderTopics } from "@/lib/domain/heatmap/order";
import {
  heatmapReducer,
  selectedPosition,
  selectionSentence,
  tabStop,
  type HeatmapInteractionState,
} from "@/lib/domain/heatmap/interaction";
import { explorerMatrix } from "@/lib/domain/heatmap/view";
import { realCatalogue } from "../helpers/content";

const catalogue = await realCatalogue();
const rows = buildPairRows(
  catalogue.topics.map((t) => t.slug),
  catalogue.pairs,
  [],
);
const pairs = rows.map((r) => ({
  a: r.topicA,
  b: r.topicB,
  count: r.count,
  provenance: r.provenance,
  evidence: r.evidence,
  note: r.note,
  kind: r.kind,
}));
const matrix = explorerMatrix({ topics: catalogue.topics.map((t) => t.slug), pairs }, catalogue.topics);
const slugsIn = (ordering: "theme" | "alpha") =>
  orderTopics(
    matrix,
    ordering,
    catalogue.themes.map((t) => t.slug),
  ).map((i) => matrix.topics[i].slug);
const ctx = { slugs: slugsIn("theme") };
const pos = (slug: string) => ctx.slugs.indexOf(slug);
const start: HeatmapInteractionState = { cell: null, active: null };
const ragEval: HeatmapInteractionState = { cell: ["rag-systems", "evaluation"], active: null };

describe("heatmap interactions (state, event) → (next state, what the page does)", () => {
  it("the display order is the paper's theme order (RAG Systems first, Evaluation 14th)", () => {
    expect(pos("rag-systems")).toBe(0);
    expect(pos("evaluation")).toBe(13);
  });

  it("a click on a cell selects it, writes it to the URL, announces it and takes the tab stop", () => {
    const t = heatmapReducer(start, { type: "activate", r: 0, c: 13 }, ctx);
    expect(t).toEqual({
      state: { cell: ["rag-systems", "evaluation"], active: [0, 13] },
      navigate: true,
      focus: false,
      reveal: "cell",
      handled: true,
    });
    expect(selectionSentence(matrix, t.state.cell!, "count")).toBe(
      "RAG Systems × Evaluation: Joint videos 21 — reported in the paper (architecture-based)",
    );
    expect(selectionSentence(matrix, t.state.cell!, "jaccard")).toBe(
      "RAG Systems × Evaluation: Jaccard index 20.8% — reported in the paper (architecture-based)",
    );
  });

  it("a click on the selected cell clears the selection and says so", () => {
    const t = heatmapReducer(ragEval, { type: "activate", r: 0, c: 13 }, ctx);
    expect(t.state.cell).toBeNull();
    expect(t.navigate).toBe(true);
    expect(t.reveal).toBe("cleared");
  });

  it("the mirrored cell is another cell: Evaluation × RAG Systems selects, it does not clear", () => {
    const t = heatmapReducer(ragEval, { type: "activate", r: 13, c: 0 }, ctx);
    expect(t.state.cell).toEqual(["evaluation", "rag-systems"]);
    expect(t.reveal).toBe("cell");
  });

  it("a pick from the ranked list or the table selects, and picking it again keeps it (no toggle)", () => {
    const t = heatmapReducer(start, { type: "pick", a: "rag-systems", b: "evaluation" }, ctx);
    expect(t.state).toEqual({ cell: ["rag-systems", "evaluation"], active: null });
    expect([t.navigate, t.reveal]).toEqual([true, "cell"]);
    const again = heatmapReducer(t.state, { type: "pick", a: "rag-systems", b: "evaluation" }, ctx);
    expect(again.state.cell).toEqual(["rag-systems", "evaluation"]);
    expect(again.reveal).toBe("cell");
  });

  it("arrow keys move the tab stop from the selection, focus it and leave the URL alone", () => {
    const down = heatmapReducer(ragEval, { type: "key", key: "ArrowDown" }, ctx);
    expect(down).toEqual({
      state: { cell: ["rag-systems", "evaluation"], active: [1, 13] },
      navigate: false,
      focus: true,
      reveal: null,
      handled: true,
    });
    const left = heatmapReducer(down.state, { type: "key", key: "ArrowLeft" }, ctx);
    expect(left.state.active).toEqual([1, 12]);
    expect(ctx.slugs[1]).toBe("agents");
    expect(ctx.slugs[12]).toBe("infrastructure-management");
  });

  it("stops at the edges (still handled, so the page does not scroll)", () => {
    const corner = { cell: null, active: [0, 0] as [number, number] };
    for (const key of ["ArrowUp", "ArrowLeft"]) {
      const t = heatmapReducer(corner, { type: "key", key }, ctx);
      expect(t.state.active).toEqual([0, 0]);
      expect(t.handled).toBe(true);
    }
    const last = { cell: null, active: [19, 19] as [number, number] };
    expect(heatmapReducer(last, { type: "key", key: "ArrowDown" }, ctx).state.active).toEqual([19, 19]);
    expect(heatmapReducer(last, { type: "key", key: "ArrowRight" }, ctx).state.active).toEqual([19, 19]);
  });

  it("Home and End go to the first and last cell of the row", () => {
    const s = { cell: null, active: [4, 7] as [number, number] };
    expect(heatmapReducer(s, { type: "key", key: "Home" }, ctx).state.active).toEqual([4, 0]);
    expect(heatmapReducer(s, { type: "key", key: "End" }, ctx).state.active).toEqual([4, 19]);
  });

  it.each(["Enter", " "])("%j selects the cell with the tab stop, and again clears it", (key) => {
    const s = { cell: null, active: [pos("fine-tuning"), pos("prompt-engineering")] as [number, number] };
    const t = heatmapReducer(s, { type: "key", key }, ctx);
    expect(t.state.cell).toEqual(["fine-tuning", "prompt-engineering"]);
    expect([t.navigate, t.reveal, t.handled]).toEqual([true, "cell", true]);
    expect(selectionSentence(matrix, t.state.cell!, "count")).toBe(
      "Fine-Tuning × Prompt Engineering: Joint videos 18 — reported in the paper (alternative choices)",
    );
    const again = heatmapReducer(t.state, { type: "key", key }, ctx);
    expect(again.state.cell).toBeNull();
    expect(again.reveal).toBe("cleared");
  });

  it("Enter with no tab stop moved selects the first cell right of the diagonal", () => {
    expect(heatmapReducer(start, { type: "key", key: "Enter" }, ctx).state.cell).toEqual(["rag-systems", "agents"]);
  });

  it("Escape and the close button clear the selection without an announcement", () => {
    for (const event of [{ type: "key", key: "Escape" } as const, { type: "clear" } as const]) {
      const t = heatmapReducer(ragEval, event, ctx);
      expect(t).toEqual({ state: start, navigate: true, focus: false, reveal: null, handled: true });
    }
  });

  it("Escape with nothing selected, and other keys, are left to the page", () => {
    for (const key of ["Escape", "a", "Tab", "PageDown"])
      expect(heatmapReducer(start, { type: "key", key }, ctx)).toEqual({
        state: start,
        navigate: false,
        focus: false,
        reveal: null,
        handled: false,
      });
    expect(heatmapReducer(start, { type: "clear" }, ctx).navigate).toBe(false);
  });
});

describe("the tab stop and the selected position", () => {
  it("the selection is found in whatever order the matrix is drawn", () => {
    expect(selectedPosition(["rag-systems", "evaluation"], ctx.slugs)).toEqual([0, 13]);
    const alpha = slugsIn("alpha");
    expect(selectedPosition(["rag-systems", "evaluation"], alpha)).toEqual([17, 4]);
  });
  it("a cell naming a topic the matrix does not have has no position", () => {
    expect(selectedPosition(["rag-systems", "no-such-topic"], ctx.slugs)).toBeNull();
    expect(selectedPosition(null, ctx.slugs)).toBeNull();
  });
  it("the tab stop is where the user moved, else the selection, else the first cell right of the diagonal", () => {
    expect(tabStop(start, ctx.slugs)).toEqual([0, 1]);
    expect(tabStop(ragEval, ctx.slugs)).toEqual([0, 13]);
    expect(tabStop({ ...ragEval, active: [5, 6] }, ctx.slugs)).toEqual([5, 6]);
  });
  it("a tab stop outside a smaller matrix falls back to the selection", () => {
    const five = ctx.slugs.slice(0, 5);
    expect(tabStop({ cell: ["agents", "memory"], active: [12, 3] }, five)).toEqual([1, 2]);
  });
});
