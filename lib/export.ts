/**
 * Exporting a chart from the page: the SVG as shown (computed colours and fonts inlined,
 * so it renders the same outside the page), a PNG drawn from it, and files to download.
 * Every export carries the licence and attribution line (lib/domain/licence): a band under the SVG (so also
 * under the PNG drawn from it) and the first line of a CSV, as a `#` comment.
 */
import { exportNotice } from "./domain/licence";
import { siteUrl } from "./site";

/** Height of the licence band added under an exported SVG. */
const NOTICE_BAND = 18;

function noticeText(): string {
  const version = document.querySelector<HTMLElement>("[data-testid=dataset-version] .font-mono")?.textContent ?? undefined;
  return exportNotice(siteUrl(), version);
}
const INLINE_PROPS = ["fill", "stroke", "stroke-width", "font-family", "font-size", "font-weight", "opacity", "visibility"] as const;

export function standaloneSvg(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const src = svg.querySelectorAll<SVGElement>("*");
  const dst = clone.querySelectorAll<SVGElement>("*");
  src.forEach((el, i) => {
    const cs = getComputedStyle(el);
    const target = dst[i];
    for (const p of INLINE_PROPS) target.setAttribute(p, cs.getPropertyValue(p));
    // Geometry set through CSS (for animation) becomes attributes.
    for (const p of ["width", "height"] as const) {
      if (el instanceof SVGRectElement) target.setAttribute(p, String(parseFloat(cs.getPropertyValue(p)) || el.getAttribute(p) || 0));
    }
    const t = cs.getPropertyValue("transform");
    if (t && t !== "none") target.setAttribute("transform", t);
    target.removeAttribute("style");
    target.removeAttribute("class");
    target.removeAttribute("tabindex");
  });
  clone.removeAttribute("class");
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  const { width, height } = svg.getBoundingClientRect();
  const w = Math.round(width);
  const h = Math.round(height);
  // The licence band: the chart keeps its own coordinates; the band is drawn below it.
  const notice = noticeText();
  const ns = "http://www.w3.org/2000/svg";
  const viewBox = clone.getAttribute("viewBox")?.split(/[\s,]+/).map(Number);
  const scale = viewBox && viewBox.length === 4 && w > 0 ? viewBox[3] / h : 1;
  if (viewBox && viewBox.length === 4) {
    clone.setAttribute("viewBox", [viewBox[0], viewBox[1], viewBox[2], viewBox[3] + NOTICE_BAND * scale].join(" "));
  }
  const meta = document.createElementNS(ns, "desc");
  meta.textContent = notice;
  clone.insertBefore(meta, clone.firstChild);
  const band = document.createElementNS(ns, "text");
  band.setAttribute("x", String((viewBox?.[0] ?? 0) + 4 * scale));
  band.setAttribute("y", String((viewBox?.[1] ?? 0) + (h + NOTICE_BAND - 5) * scale));
  band.setAttribute("font-family", "system-ui, sans-serif");
  band.setAttribute("font-size", String(10 * scale));
  band.setAttribute("fill", "#475569");
  band.setAttribute("data-export-notice", "");
  band.textContent = notice;
  clone.appendChild(band);
  clone.setAttribute("width", String(w));
  clone.setAttribute("height", String(h + NOTICE_BAND));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

export function downloadBlob(blob: Blob, filename: string) {
  if (blob.type.startsWith("text/csv")) blob = new Blob([`# ${noticeText()}\r\n`, blob], { type: blob.type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export async function svgToPng(svgText: string, width: number, height: number, scale = 2, background = "#ffffff"): Promise<Blob> {
  const img = new Image();
  const url = URL.createObjectURL(new Blob([svgText], { type: "image/svg+xml" }));
  try {
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error("the SVG could not be drawn"));
      img.src = url;
    });
    // The SVG's own size includes the licence band standaloneSvg adds under the chart.
    width = img.naturalWidth || width;
    height = img.naturalHeight || height;
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext("2d")!;
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encoding failed"))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}
