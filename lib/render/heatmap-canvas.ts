/**
 * Canvas drawing of a large heatmap, with no framework: the page uses it for big matrices
 * and the benchmark runs it as is. The matrix is painted once on a base canvas; hover and
 * selection are drawn on an overlay canvas, so an interaction costs a few rectangles, not
 * n² cells.
 */
export interface CanvasHeatmapModel {
  n: number;
  /** Cell fill per (row position, column position), row-major; null = unknown (hatched). */
  fills: Array<string | null>;
  cellSize: number;
}

function hatch(ctx: CanvasRenderingContext2D): CanvasPattern | string {
  const tile = document.createElement("canvas");
  tile.width = tile.height = 6;
  const t = tile.getContext("2d")!;
  t.fillStyle = "#f1f5f9";
  t.fillRect(0, 0, 6, 6);
  t.strokeStyle = "#94a3b8";
  t.lineWidth = 1;
  t.beginPath();
  t.moveTo(0, 6);
  t.lineTo(6, 0);
  t.stroke();
  return ctx.createPattern(tile, "repeat") ?? "#e2e8f0";
}

export function sizeCanvas(
  canvas: HTMLCanvasElement,
  cssWidth: number,
  cssHeight: number,
  dpr = window.devicePixelRatio || 1,
) {
  canvas.width = Math.round(cssWidth * dpr);
  canvas.height = Math.round(cssHeight * dpr);
  canvas.style.width = `${cssWidth}px`;
  canvas.style.height = `${cssHeight}px`;
  const ctx = canvas.getContext("2d")!;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  return ctx;
}

export function drawBase(ctx: CanvasRenderingContext2D, model: CanvasHeatmapModel) {
  const { n, fills, cellSize: s } = model;
  ctx.clearRect(0, 0, n * s, n * s);
  const pattern = hatch(ctx);
  // Batch by colour: one fill per distinct colour instead of one per cell.
  const byFill = new Map<string | null, number[]>();
  for (let k = 0; k < n * n; k++) {
    const f = fills[k];
    let list = byFill.get(f);
    if (!list) byFill.set(f, (list = []));
    list.push(k);
  }
  const gap = s >= 6 ? 1 : 0;
  for (const [fill, cells] of byFill) {
    ctx.fillStyle = fill ?? pattern;
    ctx.beginPath();
    for (const k of cells) ctx.rect((k % n) * s, Math.floor(k / n) * s, s - gap, s - gap);
    ctx.fill();
  }
}

export interface OverlayState {
  hover: [number, number] | null;
  selected: [number, number] | null;
}

export function drawOverlay(ctx: CanvasRenderingContext2D, n: number, s: number, state: OverlayState) {
  ctx.clearRect(0, 0, n * s, n * s);
  if (state.hover) {
    const [r, c] = state.hover;
    ctx.fillStyle = "rgba(14,165,233,0.12)";
    ctx.fillRect(0, r * s, n * s, s);
    ctx.fillRect(c * s, 0, s, n * s);
    ctx.strokeStyle = "#0ea5e9";
    ctx.lineWidth = 2;
    ctx.strokeRect(c * s + 1, r * s + 1, s - 2, s - 2);
  }
  if (state.selected) {
    const [r, c] = state.selected;
    ctx.strokeStyle = "#0f172a";
    ctx.lineWidth = 3;
    ctx.strokeRect(c * s + 1.5, r * s + 1.5, s - 3, s - 3);
    ctx.strokeStyle = "#ffffff";
    ctx.lineWidth = 1;
    ctx.strokeRect(c * s + 3, r * s + 3, s - 6, s - 6);
  }
}

/** Cell under a point in canvas CSS pixels, or null outside the matrix. */
export function cellAt(x: number, y: number, n: number, s: number): [number, number] | null {
  const c = Math.floor(x / s);
  const r = Math.floor(y / s);
  return r >= 0 && c >= 0 && r < n && c < n ? [r, c] : null;
}
