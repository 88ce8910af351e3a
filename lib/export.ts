import type { ReactElement } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";

/**
 * Markup of a figure component (an <svg> root), rendered off-page with React's client renderer
 * (no react-dom/server in the page's bundle). Exports draw the figure from the view model in
 * the light scheme rather than copying the page's DOM, so they never inherit dark-mode colours.
 */
export function renderSvgMarkup(element: ReactElement): string {
  const container = document.createElement("div");
  const root = createRoot(container);
  flushSync(() => root.render(element));
  const svg = container.querySelector("svg");
  if (!svg) throw new Error("the figure rendered no SVG");
  svg.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  const text = new XMLSerializer().serializeToString(svg);
  root.unmount();
  return `<?xml version="1.0" encoding="UTF-8"?>\n${text}`;
}

/** The width and height attributes of an SVG document's root. */
export function svgSize(svgText: string): { width: number; height: number } {
  const width = Number(/<svg[^>]*?\swidth="([\d.]+)"/.exec(svgText)?.[1]);
  const height = Number(/<svg[^>]*?\sheight="([\d.]+)"/.exec(svgText)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error("the figure has no size");
  return { width, height };
}

/**
 * Exporting a chart from the page: the figure's SVG markup (lib/domain/figure: title, view,
 * legend, source line and licence, in a fixed light scheme), a PNG drawn from it, and files
 * to download.
 */
export function downloadBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export async function svgToPng(
  svgText: string,
  width: number,
  height: number,
  scale = 2,
  background = "#ffffff",
): Promise<Blob> {
  const img = new Image();
  const url = URL.createObjectURL(new Blob([svgText], { type: "image/svg+xml" }));
  try {
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error("the SVG could not be drawn"));
      img.src = url;
    });
    width = img.naturalWidth || width;
    height = img.naturalHeight || height;
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext("2d")!;
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encoding failed"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
