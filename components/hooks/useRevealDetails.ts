"use client";

import { useCallback, useState, type RefObject } from "react";

/** How long a reveal waits for the panel to show the new selection (frames, ~1 s). */
const MAX_FRAMES = 60;

/**
 * After a selection, its details must be perceivable: the sentence is announced in a polite
 * live region (render `announcement` in a role="status" element), and when the details panel
 * is out of sight (below the chart, or above it where a phone shows the details first) it is
 * scrolled into view and focused. With `selected`, the panel is measured only once it shows that
 * selection (its `data-selected` attribute): the URL state that moves it arrives a render or more
 * after the click, and measuring before would find it where it was.
 */
export function useRevealDetails(panel: RefObject<HTMLElement | null>) {
  const [announcement, setAnnouncement] = useState("");
  const reveal = useCallback(
    (text: string, scroll = true, selected?: string) => {
      setAnnouncement(text);
      if (!scroll) return;
      let frames = 0;
      const attempt = () => {
        const el = panel.current;
        if (!el) return;
        const shown = selected === undefined || el.getAttribute("data-selected") === selected;
        // Two frames at least: the panel has rendered the new selection.
        if ((frames++ < 2 || !shown) && frames < MAX_FRAMES) return void requestAnimationFrame(attempt);
        const r = el.getBoundingClientRect();
        const inSight = r.top >= 0 && r.top < window.innerHeight - 80;
        if (inSight) return;
        const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
        el.scrollIntoView({ block: "start", behavior: reduce ? "auto" : "smooth" });
        el.focus({ preventScroll: true });
      };
      requestAnimationFrame(attempt);
    },
    [panel],
  );
  return { announcement, reveal };
}
