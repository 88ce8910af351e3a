"use client";

import { useCallback, useState, type RefObject } from "react";

/**
 * After a selection, its details must be perceivable: the sentence is announced in a polite
 * live region (render `announcement` in a role="status" element), and when the details panel
 * is out of sight (below the chart on a phone) it is scrolled into view and focused.
 */
export function useRevealDetails(panel: RefObject<HTMLElement | null>) {
  const [announcement, setAnnouncement] = useState("");
  const reveal = useCallback(
    (text: string, scroll = true) => {
      setAnnouncement(text);
      if (!scroll) return;
      // After the panel has rendered the new selection.
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          const el = panel.current;
          if (!el) return;
          const r = el.getBoundingClientRect();
          const inSight = r.top >= 0 && r.top < window.innerHeight - 80;
          if (inSight) return;
          const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
          el.scrollIntoView({ block: "start", behavior: reduce ? "auto" : "smooth" });
          el.focus({ preventScroll: true });
        }),
      );
    },
    [panel],
  );
  return { announcement, reveal };
}
