"use client";

import { useEffect, useState, type RefObject } from "react";

/**
 * The element's size (its bounding box), kept current with a ResizeObserver; null until measured.
 * Sub-pixel jitter does not cause a new render. `deps` re-attach the observer when the
 * measured element is swapped (e.g. chart ↔ table).
 *
 * Measured only in the observer's callbacks, the first of which the browser sends once the element has been laid
 * out: never during React's commit, where reading the box would force a layout of the whole page inside the
 * hydration's task (on a phone that task was most of the home page's blocking time). Until then the page shows
 * the server's drawing, which is what it showed before hydration anyway.
 */
export function useElementSize(ref: RefObject<HTMLElement | null>, deps: readonly unknown[] = []) {
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver(() => {
      const { width, height } = el.getBoundingClientRect();
      if (width > 0)
        setSize((s) => (s && Math.abs(s.width - width) < 1 && Math.abs(s.height - height) < 1 ? s : { width, height }));
    });
    ro.observe(el);
    return () => ro.disconnect();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return size;
}
