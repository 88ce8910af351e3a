/**
 * Runs in headless chromium (bundled by bench/heatmap.ts): the product's canvas renderer
 * next to a baseline that draws the same matrix as one SVG <rect> per cell and redraws it
 * on every interaction, as a straightforward SVG component would.
 */
import { drawBase, drawOverlay, sizeCanvas } from "../lib/render/heatmap-canvas";

type Fills = Array<string | null>;

function forceLayout(el: Element) {
  el.getBoundingClientRect();
}

const w = window as unknown as Record<string, unknown>;

w.benchCanvas = (n: number, fills: Fills, cell: number, hovers: Array<[number, number]>) => {
  const host = document.getElementById("host")!;
  host.innerHTML = "";
  const base = document.createElement("canvas");
  const overlay = document.createElement("canvas");
  host.append(base, overlay);
  const t0 = performance.now();
  const ctx = sizeCanvas(base, n * cell, n * cell, 1);
  drawBase(ctx, { n, fills, cellSize: cell });
  const octx = sizeCanvas(overlay, n * cell, n * cell, 1);
  drawOverlay(octx, n, cell, { hover: null, selected: null });
  ctx.getImageData(0, 0, 1, 1); // wait for the raster work to finish
  const initial = performance.now() - t0;
  const times: number[] = [];
  for (const [r, c] of hovers) {
    const s = performance.now();
    drawOverlay(octx, n, cell, { hover: [r, c], selected: [c, r] });
    octx.getImageData(0, 0, 1, 1);
    times.push(performance.now() - s);
  }
  return { initial, times };
};

function svgMarkup(n: number, fills: Fills, cell: number, hover: [number, number] | null) {
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n * cell}" height="${n * cell}">` +
      '<defs><pattern id="h" width="6" height="6" patternUnits="userSpaceOnUse">' +
      '<path d="M0 6L6 0" stroke="#94a3b8"/></pattern></defs>',
  ];
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++) {
      const hl = hover && (hover[0] === r || hover[1] === c);
      parts.push(
        `<rect x="${c * cell}" y="${r * cell}" width="${cell - 1}" height="${cell - 1}" ` +
          `fill="${fills[r * n + c] ?? "url(#h)"}"${hl ? ' stroke="#0ea5e9"' : ""}/>`,
      );
    }
  parts.push("</svg>");
  return parts.join("");
}

w.benchSvg = (n: number, fills: Fills, cell: number, hovers: Array<[number, number]>) => {
  const host = document.getElementById("host")!;
  host.innerHTML = "";
  const t0 = performance.now();
  host.innerHTML = svgMarkup(n, fills, cell, null);
  forceLayout(host.firstElementChild!);
  const initial = performance.now() - t0;
  const times: number[] = [];
  for (const h of hovers) {
    const s = performance.now();
    host.innerHTML = svgMarkup(n, fills, cell, h);
    forceLayout(host.firstElementChild!);
    times.push(performance.now() - s);
  }
  return { initial, times };
};
