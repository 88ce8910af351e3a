"use client";

/**
 * next/link that prefetches on intent (pointer over, touch start, keyboard focus) instead of
 * as soon as the link is near the viewport. A page here shows 10 to 40 links; prefetching
 * them all right after load made the phone decode every target's payload on the main
 * thread while the page was still hydrating (npm run bench:lighthouse: Total Blocking Time).
 * A click still navigates client-side; intent gives the fetch a head start of ~100 ms or more.
 *
 * This is the "Hover-triggered prefetch" pattern of Next's prefetching guide
 * (node_modules/next/dist/docs/01-app/02-guides/prefetching.md): `prefetch={false}` until the
 * first sign of intent, then `null` (Next's automatic prefetch). It uses only next/link's public
 * props, so it also renders outside the app router (a unit test's static render), where
 * next/link simply does not prefetch.
 */
import NextLink from "next/link";
import { SOFT_LINK_ATTRIBUTE } from "@/lib/domain/links/soft-navigation";
import { useState, type ComponentProps, type FocusEvent, type MouseEvent, type TouchEvent } from "react";

type Props = ComponentProps<typeof NextLink>;

/** Marks the anchor as a client-side navigation, which StaticMarkup keeps when its server markup is not hydrated. */
const SOFT_LINK_MARK = { [SOFT_LINK_ATTRIBUTE]: "" };

export function IntentLink({ prefetch, onMouseEnter, onTouchStart, onFocus, ...props }: Props) {
  const [intent, setIntent] = useState(false);
  // An explicit prefetch setting is the caller's choice: plain next/link.
  if (prefetch !== undefined)
    return (
      <NextLink
        prefetch={prefetch}
        onMouseEnter={onMouseEnter}
        onTouchStart={onTouchStart}
        onFocus={onFocus}
        {...SOFT_LINK_MARK}
        {...props}
      />
    );
  const showIntent = () => {
    if (!intent) setIntent(true);
  };
  return (
    <NextLink
      prefetch={intent ? null : false}
      onMouseEnter={(e: MouseEvent<HTMLAnchorElement>) => {
        showIntent();
        onMouseEnter?.(e);
      }}
      onTouchStart={(e: TouchEvent<HTMLAnchorElement>) => {
        showIntent();
        onTouchStart?.(e);
      }}
      onFocus={(e: FocusEvent<HTMLAnchorElement>) => {
        showIntent();
        onFocus?.(e);
      }}
      {...SOFT_LINK_MARK}
      {...props}
    />
  );
}
