/**
 * Embeds: the theme an embed is drawn in, the message it sends its host when its height
 * changes, and the iframe snippet (with a sensible default height per view, used until the
 * first message arrives or when the host adds no script).
 *
 * Protocol: the embedded page posts { type: "kmap:embed-height", height, path } to its parent
 * whenever its document's height changes; the host script sets the iframe's height.
 */
export type EmbedTheme = "light" | "dark" | "auto";

export const EMBED_HEIGHT_MESSAGE = "kmap:embed-height";

export interface EmbedHeightMessage {
  type: typeof EMBED_HEIGHT_MESSAGE;
  height: number;
  path: string;
}

export function parseEmbedTheme(value: string | string[] | undefined | null): EmbedTheme {
  const v = Array.isArray(value) ? value[0] : value;
  return v === "light" || v === "dark" ? v : "auto";
}

export type EmbedView = "treemap" | "treemap-table" | "heatmap" | "heatmap-table";

/** Heights that show the chart, the details panel below it on narrow hosts, and the attribution. */
export const EMBED_DEFAULT_HEIGHT: Record<EmbedView, number> = {
  treemap: 980,
  "treemap-table": 1200,
  heatmap: 1250,
  "heatmap-table": 1300,
};

export function embedView(path: "/embed/treemap" | "/embed/heatmap", search: URLSearchParams): EmbedView {
  const table = search.get("view") === "table";
  return path === "/embed/treemap" ? (table ? "treemap-table" : "treemap") : table ? "heatmap-table" : "heatmap";
}

export function isEmbedHeightMessage(data: unknown): data is EmbedHeightMessage {
  if (typeof data !== "object" || data === null) return false;
  const d = data as Record<string, unknown>;
  return (
    d.type === EMBED_HEIGHT_MESSAGE &&
    typeof d.height === "number" &&
    Number.isFinite(d.height) &&
    d.height > 0 &&
    typeof d.path === "string"
  );
}

/** The iframe and the few lines of host script that let it size itself. */
export function embedSnippet(origin: string, path: "/embed/treemap" | "/embed/heatmap", search: string): string {
  const params = new URLSearchParams(search);
  const height = EMBED_DEFAULT_HEIGHT[embedView(path, params)];
  const src = `${origin}${path}${search}`;
  return [
    `<iframe src="${src}" title="LLM Engineering Knowledge Map" ` +
      `width="100%" height="${height}" style="border:0" loading="lazy" ` +
      `data-kmap-embed></iframe>`,
    `<script>addEventListener("message",function(e){if(e.origin!==${JSON.stringify(origin)}||!e.data||e.d` +
      `ata.type!=="${EMBED_HEIGHT_MESSAGE}")return;` +
      (`document.querySelectorAll("iframe[data-kmap-embed]").forEach(function(f){if(f.contentWindow===e.sour` +
        `ce)f.style.height=e.data.height+"px"})});</script>`),
  ].join("\n");
}
