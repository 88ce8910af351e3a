import { MEASURE_DEFINITION, MEASURE_LABEL, MEASURES } from "@/lib/domain/heatmap/matrix";
import { ORDERING_EXPLANATION, ORDERING_LABEL, ORDERINGS } from "@/lib/domain/heatmap/order";
import type { HeatmapState } from "@/lib/domain/heatmap/url";
import type { HeatmapLayout } from "@/lib/domain/heatmap/view";
import { Segmented } from "./Segmented";

/** Order (only where the matrix is shown, with what the order means), value, and matrix ↔ table. */
export function HeatmapControls({
  state,
  layout,
  navigate,
}: {
  state: HeatmapState;
  layout: Pick<HeatmapLayout, "isTable" | "showMatrixControls" | "matrixOnlyClass">;
  navigate: (next: Partial<HeatmapState>) => void;
}) {
  const { isTable, showMatrixControls, matrixOnlyClass } = layout;
  return (
    <>
      <div className="flex flex-wrap items-end gap-x-6 gap-y-3 text-sm">
        {showMatrixControls && (
          <div className={matrixOnlyClass}>
            <Segmented
              label="Order"
              value={state.order}
              options={ORDERINGS.map((o) => ({ value: o, label: ORDERING_LABEL[o] }))}
              onChange={(order) => navigate({ order })}
            />
          </div>
        )}
        <Segmented
          label="Value"
          value={state.value}
          options={MEASURES.map((m) => ({ value: m, label: MEASURE_LABEL[m] }))}
          onChange={(value) => navigate({ value })}
        />
        <div className="flex flex-wrap items-center gap-2">
          <button
            type="button"
            aria-pressed={isTable}
            onClick={() => navigate({ view: isTable ? "matrix" : "table" })}
            className={
              "min-h-9 rounded-md border border-slate-300 px-3 py-1.5 " +
              "hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
            }
          >
            {isTable ? "Show as matrix" : "Show as table"}
          </button>
        </div>
      </div>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400" data-testid="measure-definition">
        {MEASURE_DEFINITION[state.value]}
      </p>
      {showMatrixControls && (
        <p
          className={`mt-1 text-sm text-slate-600 dark:text-slate-400 ${matrixOnlyClass}`}
          data-testid="order-explanation"
        >
          {ORDERING_EXPLANATION[state.order]}
        </p>
      )}
    </>
  );
}
