"use client";

import { useLayoutEffect, useState, type RefObject } from "react";

/**
 * The element's content-box size, kept current with a ResizeObserver; null until measured.
 * Sub-pixel jitter does not cause a new render. `deps` re-attach the observer when the
 * measured element is swapped (e.g. chart ↔ table).
 */
export function useElementSize(ref: RefObject<HTMLElement | null>, deps: readonly unknown[] = []) {
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const { width, height } = el.getBoundingClientRect();
      if (width > 0)
        setSize((s) => (s && Math.abs(s.width - width) < 1 && Math.abs(s.height - height) < 1 ? s : { width, height }));
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return size;
}
