/**
 * Link-preview images (Open Graph / Twitter), rendered by next/og with Inter from the
 * @fontsource package: no remote fonts. Every card shows the exact view a link opens.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ImageResponse } from "next/og";
import { SITE_NAME } from "./site";

export const OG_SIZE = { width: 1200, height: 630 };

let fonts: Promise<Array<{ name: string; data: Buffer; weight: 400 | 700; style: "normal" }>> | undefined;
function loadFonts() {
  const dir = join(process.cwd(), "node_modules/@fontsource/inter/files");
  fonts ??= Promise.all([
    readFile(join(dir, "inter-latin-400-normal.woff")).then((data) => ({
      name: "Inter",
      data,
      weight: 400 as const,
      style: "normal" as const,
    })),
    readFile(join(dir, "inter-latin-700-normal.woff")).then((data) => ({
      name: "Inter",
      data,
      weight: 700 as const,
      style: "normal" as const,
    })),
  ]);
  return fonts;
}

/** Catalogue cards change only with the dataset: kept an hour. A card of a layer passes its own headers. */
const CATALOGUE_CARD_HEADERS = { "Cache-Control": "public, max-age=3600" };

export async function ogImage(
  body: React.ReactElement,
  footer: string,
  headers: Record<string, string> = CATALOGUE_CARD_HEADERS,
): Promise<ImageResponse> {
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        background: "#ffffff",
        fontFamily: "Inter",
        color: "#0f172a",
      }}
    >
      <div style={{ display: "flex", flex: 1, padding: "48px 56px 24px" }}>{body}</div>
      <div
        style={{
          display: "flex",
          justifyContent: "space-between",
          padding: "18px 56px",
          background: "#0f172a",
          color: "#e2e8f0",
          fontSize: 24,
        }}
      >
        <span style={{ fontWeight: 700 }}>{SITE_NAME}</span>
        <span>{footer}</span>
      </div>
    </div>,
    { ...OG_SIZE, fonts: await loadFonts(), headers },
  );
}
