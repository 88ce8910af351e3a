/**
 * Exporting a chart from the page: the SVG as shown (computed colours and fonts inlined,
 * so it renders the same outside the page), a PNG drawn from it, and files to download.
 */
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
  clone.setAttribute("width", String(Math.round(width)));
  clone.setAttribute("height", String(Math.round(height)));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

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

export async function svgToPng(svgText: string, width: number, height: number, scale = 2, background = "#ffffff"): Promise<Blob> {
  const img = new Image();
  const url = URL.createObjectURL(new Blob([svgText], { type: "image/svg+xml" }));
  try {
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error("the SVG could not be drawn"));
      img.src = url;
    });
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
