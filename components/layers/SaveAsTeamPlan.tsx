"use client";

import { useState } from "react";
import { usePlanProgress } from "@/components/plan/PlanProgress";
import type { LayerCatalogue } from "@/lib/domain/layers/rules";

/**
 * "Save as team plan" on /plan: the plan with this browser's ticks and notes becomes a layer
 * (POST /api/v1/layers), then the edit page opens with the token in the URL fragment. The layer rules (and zod,
 * 32 kB of script) load on the click, not with the page.
 */
export function SaveAsTeamPlan({
  picks,
  catalogue,
  datasetVersion,
  defaultName,
}: {
  picks: string[];
  catalogue: LayerCatalogue;
  datasetVersion: string;
  defaultName: string;
}) {
  const { ready, progress } = usePlanProgress();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const save = async () => {
    setState({ busy: true, error: null });
    try {
      const { planToLayer } = await import("@/lib/domain/layers/rules");
      const layer = planToLayer({ picks, progress }, catalogue, { name: defaultName, datasetVersion });
      const res = await fetch("/api/v1/layers", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(layer),
      });
      const json = (await res.json()) as { data?: { editUrl: string }; error?: { message: string } };
      if (!res.ok || !json.data) throw new Error(json.error?.message ?? `The server answered ${res.status}.`);
      window.location.assign(json.data.editUrl);
    } catch (err) {
      setState({ busy: false, error: err instanceof Error ? err.message : "Could not save." });
    }
  };
  return (
    <div className={ready ? "" : "invisible needs-script"}>
      <button
        type="button"
        onClick={save}
        disabled={!ready || state.busy}
        data-testid="save-team-plan"
        className={
          "rounded-md border border-sky-700 px-2.5 py-1.5 text-sm font-medium text-sky-800 hover:bg-sky-50 " +
          "disabled:opacity-60 dark:border-sky-400 dark:text-sky-300 dark:hover:bg-slate-800"
        }
      >
        {state.busy ? "Saving…" : "Save as team plan"}
      </button>
      {state.error && (
        <p role="alert" className="mt-1 text-sm text-red-700 dark:text-red-400">
          {state.error}
        </p>
      )}
    </div>
  );
}
