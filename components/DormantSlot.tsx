"use client";

import { useId, useState, type ReactNode } from "react";

/** Keeps an element's server-rendered children as they are: React does not hydrate inside it. */
const KEEP_SERVER_MARKUP = { __html: "" };

/**
 * A slot of server-rendered markup that CSS may hide until the client has measured (e.g. the heatmap's
 * matrix and its ranked list, or the treemap's wide and narrow drawings: both are in the HTML and a
 * container or media query shows one). The slot that CSS hides when the page hydrates is not hydrated:
 * its markup stays as the server sent it, unseen, and costs no script time (hydrating it and then
 * removing it once measured was most of the heatmap's start-up on a phone). Once `settled` (the client
 * has measured and decided), the slot renders its children (`shown`) or nothing, as any client
 * component: a slot that slept and is now shown is drawn afresh.
 *
 * Without JavaScript, and in the server render, every slot is plain markup; CSS still picks.
 */
export function DormantSlot({
  className,
  settled,
  shown,
  children,
}: {
  className: string;
  /** The client has measured: from now on `shown` decides. */
  settled: boolean;
  /** Render the children (before `settled`, while the slot is awake, always rendered). */
  shown: boolean;
  children: ReactNode;
}) {
  const id = useId();
  // Read once, at hydration: the server's markup of this slot is in the document. On a client-side
  // render (navigation) there is no such markup and the slot is awake from the start.
  const [asleep] = useState(() => hiddenInDocument(id));
  if (asleep && !settled)
    return (
      <div
        key="asleep"
        data-slot={id}
        className={className}
        suppressHydrationWarning
        dangerouslySetInnerHTML={KEEP_SERVER_MARKUP}
      />
    );
  return (
    <div key="awake" data-slot={id} className={className}>
      {(shown || !settled) && children}
    </div>
  );
}

/** The slot's server markup is in the document and CSS gives it no box (display: none, itself or above). */
function hiddenInDocument(id: string): boolean {
  if (typeof document === "undefined") return false;
  const el = document.querySelector(`[data-slot="${CSS.escape(id)}"]`);
  return el !== null && el.childNodes.length > 0 && el.getClientRects().length === 0;
}
