"use client";

import { useEffect } from "react";
import { EMBED_HEIGHT_MESSAGE, type EmbedHeightMessage } from "@/lib/domain/embed";

/**
 * Inside an embed: every link opens in a new tab (never the whole site inside the host's
 * frame), and the page tells its host its height whenever it changes (see lib/domain/embed.ts).
 */
export function EmbedBehaviour() {
  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      const a = (e.target as Element | null)?.closest?.("a[href]");
      if (!(a instanceof HTMLAnchorElement) || a.hasAttribute("download")) return;
      // Set before Next's Link handler runs (capture phase): a target makes it leave the click to the browser.
      a.target = "_blank";
      a.rel = "noopener";
    };
    document.addEventListener("click", onClick, true);
    let last = 0;
    const post = () => {
      const height = Math.ceil(document.documentElement.scrollHeight);
      if (height === last || window.parent === window) return;
      last = height;
      const message: EmbedHeightMessage = {
        type: EMBED_HEIGHT_MESSAGE,
        height,
        path: window.location.pathname + window.location.search,
      };
      window.parent.postMessage(message, "*");
    };
    const ro = new ResizeObserver(post);
    ro.observe(document.body);
    post();
    return () => {
      document.removeEventListener("click", onClick, true);
      ro.disconnect();
    };
  }, []);
  return null;
}
