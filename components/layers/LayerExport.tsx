"use client";

import type { LayerDocument } from "@/lib/domain/layers/format";
import { layerMarkdown, type LayerEntryInfo } from "@/lib/domain/layers/markdown";
import { downloadBlob } from "@/lib/export";

const buttonClass =
  "rounded-md border border-slate-300 px-2.5 py-1.5 text-sm hover:bg-slate-100 " +
  "dark:border-slate-700 dark:hover:bg-slate-800";

const download = (text: string, type: string, fileName: string) => downloadBlob(new Blob([text], { type }), fileName);

const fileStem = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60) || "layer";

/** Export as a kmap-layer file, as a design-review record in Markdown, or print. Built here, sent nowhere. */
export function LayerExport({
  layer,
  entries,
  siteUrl,
  layerPath,
  revision,
}: {
  layer: LayerDocument;
  entries: Array<[string, LayerEntryInfo]>;
  siteUrl: string;
  layerPath: string;
  revision: number;
}) {
  const stem = fileStem(layer.name);
  return (
    <div className="no-print flex flex-wrap gap-2">
      <button
        type="button"
        className={buttonClass}
        data-testid="export-json"
        onClick={() => download(`${JSON.stringify(layer, null, 2)}\n`, "application/json", `${stem}.kmap-layer.json`)}
      >
        Export JSON
      </button>
      <button
        type="button"
        className={buttonClass}
        data-testid="export-md"
        onClick={() =>
          download(
            layerMarkdown(layer, new Map(entries), { siteUrl, layerPath, revision }),
            "text/markdown;charset=utf-8",
            `${stem}.md`,
          )
        }
      >
        Export Markdown (design review)
      </button>
      <button type="button" className={buttonClass} onClick={() => window.print()}>
        Print
      </button>
    </div>
  );
}
