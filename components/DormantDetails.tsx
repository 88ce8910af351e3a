"use client";

import { useState, type ReactNode } from "react";
import { DormantSlot } from "./DormantSlot";
import { rememberStaticMarkupIn } from "./StaticMarkup";

/**
 * A `<details>` whose content, while it is closed at hydration, is not hydrated: its server markup stays as sent
 * (what the browser shows if it is opened before the page's script has run), and the first time it is opened the
 * client draws it afresh, working. Open at hydration, it hydrates as usual. Without JavaScript it is a plain
 * `<details>`.
 */
export function DormantDetails({
  className,
  open,
  summary,
  children,
}: {
  className?: string;
  open?: boolean;
  summary: ReactNode;
  children: ReactNode;
}) {
  const [opened, setOpened] = useState(false);
  return (
    <details
      className={className}
      open={open}
      onToggle={(e) => {
        if (!e.currentTarget.open || opened) return;
        // Its content is drawn afresh now: StaticMarkup in it takes over the markup it has.
        rememberStaticMarkupIn(e.currentTarget);
        setOpened(true);
      }}
    >
      {summary}
      <DormantSlot className="" settled={opened} shown>
        {children}
      </DormantSlot>
    </details>
  );
}
