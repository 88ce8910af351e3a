import { docsOperationPage, docsOperations } from "@/lib/api/docs";

// Redoc's rendered link for each operation (/api/other/listthemes): a 308 to the reference at that operation
// (/api#/other/listthemes), built once by `next build`; any other name is a JSON 404.
export const dynamic = "force-static";
export async function generateStaticParams() {
  return (await docsOperations()).map((operation) => ({ operation }));
}
export async function GET(_request: Request, ctx: { params: Promise<{ operation: string }> }) {
  return docsOperationPage((await ctx.params).operation);
}
