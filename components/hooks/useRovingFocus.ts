"use client";

import { useCallback, useEffect, useRef, type RefObject } from "react";

/**
 * Roving focus for a chart whose marks re-render after a state change: a request to focus the
 * element matching `selector` inside `host` is kept and retried each frame until focus has
 * really moved (an element can be in the DOM but not yet focusable mid-transition, and the
 * URL change that makes it the tab stop arrives a render or two later), for at most `timeout`.
 */
export function useRovingFocus(host: RefObject<HTMLElement | null>, timeout = 10_000) {
  const pending = useRef<{ selector: string; until: number } | null>(null);
  useEffect(() => {
    let frame = 0;
    const attempt = () => {
      const p = pending.current;
      if (!p) return;
      const el = host.current?.querySelector<HTMLElement | SVGElement>(p.selector);
      // Without scrolling: the mark is where the reader is acting, and on a phone a selection scrolls its details
      // into view (useRevealDetails), which a retried focus here would undo.
      el?.focus({ preventScroll: true });
      if (el && document.activeElement === el) pending.current = null;
      else if (Date.now() > p.until) pending.current = null;
      else frame = requestAnimationFrame(attempt);
    };
    attempt();
    return () => cancelAnimationFrame(frame);
  });
  return useCallback(
    (selector: string) => {
      pending.current = { selector, until: Date.now() + timeout };
    },
    [timeout],
  );
}
