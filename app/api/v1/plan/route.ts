import { catalogue } from "@/lib/data";
import { ENDPOINTS } from "@/lib/api/endpoints";
import { HttpError } from "@/lib/api/http";
import { route } from "@/lib/api/route";
import { buildPlan, planApiData } from "@/lib/domain/plan/build";
import { MAX_PLAN_ITEMS, parsePlanTopics } from "@/lib/domain/plan/url";
import { clipForNotice } from "@/lib/domain/url-params";
import { planInput } from "@/lib/plan";

export const dynamic = "force-dynamic";

export const GET = route(ENDPOINTS.getPlan, async ({ query }) => {
  const topics = await catalogue().topics();
  const parsed = parsePlanTopics(
    query.topics,
    topics.map((t) => t.slug),
  );
  if (parsed.unknown.length > 0) {
    const names = parsed.unknown
      .slice(0, 5)
      .map((v) => `"${clipForNotice(v)}"`)
      .join(", ");
    throw new HttpError(
      400,
      "bad_request",
      `query parameter "topics": unknown topic${parsed.unknown.length > 1 ? "s" : ""} ${names}` +
        `${parsed.unknown.length > 5 ? ` and ${parsed.unknown.length - 5} more` : ""}. ` +
        "See /api/v1/topics for the slugs.",
    );
  }
  if (parsed.ignored > 0)
    throw new HttpError(400, "bad_request", `query parameter "topics": at most ${MAX_PLAN_ITEMS} values`);
  return planApiData(buildPlan(query.topics, await planInput(parsed.picks)));
});
