import { docsPage } from "@/lib/api/docs";

export const dynamic = "force-dynamic";
export function GET() {
  return docsPage();
}
