import { docsPage } from "@/lib/api/docs";

// Built once by `next build` (Redocly's build-docs): nothing runs per request.
export const dynamic = "force-static";
export function GET() {
  return docsPage();
}
