"use client";

import { parsePlanTopics, planNotice } from "@/lib/domain/plan/url";
import { useLinkNotices } from "./hooks/useUrlState";
import { UrlNotice } from "./UrlNotice";

/**
 * The plan's notice for a link the server redirected to the plan without its unknown topics
 * (lib/domain/views/redirect.ts): the same sentence the page shows when it renders such a link itself.
 */
export function PlanLinkNotice({ known }: { known: string[] }) {
  const notices = useLinkNotices((sent) => {
    const notice = planNotice(parsePlanTopics(sent.getAll("topics"), known));
    return notice ? [notice] : [];
  });
  return <UrlNotice notices={notices} />;
}
