"use client";

import { useEffect, useState } from "react";
import { LAST_PLAN_KEY, planPath, withTopic } from "@/lib/domain/plan/url";
import { isSlug } from "@/lib/domain/slug";

/** The topics of the plan last opened in this browser (kept locally, never sent anywhere). */
function lastPlan(): string[] {
  try {
    return (window.localStorage.getItem(LAST_PLAN_KEY) ?? "").split(",").filter(isSlug);
  } catch {
    return [];
  }
}

/**
 * "Add to plan": without JavaScript it opens a plan with this topic; with it, the topic is
 * added to the plan last opened in this browser.
 */
export function AddToPlanLink({ slug, name, className }: { slug: string; name: string; className?: string }) {
  const [href, setHref] = useState(planPath([slug]));
  // The last plan lives in this browser's storage, which the server render cannot know: read after hydration.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setHref(planPath(withTopic(lastPlan(), slug))), [slug]);
  return (
    <a
      href={href}
      onClick={() => setHref(planPath(withTopic(lastPlan(), slug)))}
      title={`Add ${name} to your plan`}
      data-testid="add-to-plan"
      className={
        className ??
        "rounded-md border border-slate-300 px-2.5 py-1.5 text-sm " +
          "hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
      }
    >
      Add to plan
    </a>
  );
}
