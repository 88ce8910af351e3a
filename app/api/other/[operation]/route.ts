import { docsOperationPage, docsOperations } from "@/lib/api/docs";

// Redoc's own address for each operation (/api/other/listthemes): the same page, built once by `next build`, so a
// link copied from the address bar or opened without JavaScript lands on the reference; any other name is a JSON 404.
export const dynamic = "force-static";
export async function generateStaticParams() {
  return (await docsOperations()).map((operation) => ({ operation }));
}
export async function GET(_request: Request, ctx: { params: Promise<{ operation: string }> }) {
  return docsOperationPage((await ctx.params).operation);
}
