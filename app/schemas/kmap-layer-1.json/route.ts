/** GET /schemas/kmap-layer-1.json: the JSON Schema of a layer file, generated from the zod schema. */
import { NextResponse } from "next/server";
import { layerJsonSchema } from "@/lib/domain/layers/format";
import { siteUrl } from "@/lib/site";

export const dynamic = "force-static";

export function GET() {
  return NextResponse.json(layerJsonSchema(siteUrl()), {
    headers: { "Content-Type": "application/schema+json" },
  });
}
