"use client";

import { useEffect } from "react";
import {
  SECTION_LINK_ATTRIBUTE,
  SECTION_LINK_COPIED,
  SECTION_LINK_HIDDEN,
  SECTION_LINK_LABEL,
  SECTION_LINK_SHOWN,
} from "./SectionLink";

/** How long "Link copied" shows. */
const COPIED_FOR_MS = 2000;

/**
 * The behaviour of every section link (SectionLink) on the page, hydrated or not: a click copies the section's
 * URL, puts its fragment in the address bar and says "Link copied" for a moment. One listener on the document.
 */
export function SectionLinkCopier() {
  useEffect(() => {
    const onClick = async (e: MouseEvent) => {
      const a = e.target instanceof Element ? e.target.closest(`a[${SECTION_LINK_ATTRIBUTE}]`) : null;
      if (!(a instanceof HTMLAnchorElement) || e.defaultPrevented || e.button !== 0) return;
      if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      const { origin, pathname, search } = window.location;
      window.history.replaceState(window.history.state, "", a.hash);
      try {
        await navigator.clipboard.writeText(`${origin}${pathname}${search}${a.hash}`);
      } catch {
        return; // the address bar now shows the link
      }
      const label = a.querySelector("[aria-live]");
      if (label === null) return;
      label.textContent = SECTION_LINK_COPIED;
      a.classList.replace(SECTION_LINK_HIDDEN, SECTION_LINK_SHOWN);
      setTimeout(() => {
        label.textContent = SECTION_LINK_LABEL;
        a.classList.replace(SECTION_LINK_SHOWN, SECTION_LINK_HIDDEN);
      }, COPIED_FOR_MS);
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, []);
  return null;
}
