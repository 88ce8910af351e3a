import { headers } from "next/headers";
import { IntentLink as Link } from "@/components/IntentLink";
import { PageHeader } from "@/components/PageHeader";
import { COMPARE_QUERY_HEADER } from "@/lib/domain/layers/http";
import { loadComparison, readCompareQuery } from "@/lib/layers/compare-data";

/**
 * The 404 of a compare link, naming the id(s) that name no team plan. A not-found page gets no search
 * parameters, so proxy.ts hands it the compare link's query in a request header.
 */
export default async function CompareNotFound() {
  const search = (await headers()).get(COMPARE_QUERY_HEADER) ?? "";
  const found = await loadComparison(readCompareQuery(new URLSearchParams(search)));
  const message = found.kind === "problem" ? found.message : "Nothing to compare.";
  return (
    <PageHeader crumbs={[{ href: "/layers", label: "Team plans" }]} title="No such team plan">
      <p role="alert" className="mt-4 text-slate-700 dark:text-slate-300" data-testid="compare-notice">
        {message}
      </p>
      <p className="mt-3 text-sm">
        <Link href="/layers" className="font-medium text-sky-700 hover:underline dark:text-sky-400">
          Team plans
        </Link>{" "}
        — open a team plan by its link, then compare it from its page.
      </p>
    </PageHeader>
  );
}
