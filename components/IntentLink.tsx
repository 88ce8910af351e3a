"use client";

/**
 * next/link that prefetches on intent (pointer over, touch start, keyboard focus) instead of
 * as soon as the link is near the viewport. A page here shows 10 to 40 links; prefetching
 * them all right after load made the phone decode every target's payload on the main
 * thread while the page was still hydrating (npm run bench:lighthouse: Total Blocking Time).
 * A click still navigates client-side; intent gives the fetch a head start of ~100 ms or more.
 */
import NextLink from "next/link";
// The context next/link itself reads: null outside the app router (a unit test's static
// render), where useRouter() would throw and next/link simply skips prefetching.
import { AppRouterContext } from "next/dist/shared/lib/app-router-context.shared-runtime";
import { useContext, type ComponentProps, type FocusEvent, type MouseEvent, type TouchEvent } from "react";

type Props = ComponentProps<typeof NextLink>;

export default function Link({ prefetch, onMouseEnter, onTouchStart, onFocus, ...props }: Props) {
  const router = useContext(AppRouterContext);
  // An explicit prefetch setting is the caller's choice: plain next/link.
  if (prefetch !== undefined)
    return (
      <NextLink
        prefetch={prefetch}
        onMouseEnter={onMouseEnter}
        onTouchStart={onTouchStart}
        onFocus={onFocus}
        {...props}
      />
    );
  const warm = () => {
    if (router && typeof props.href === "string" && props.href.startsWith("/")) router.prefetch(props.href);
  };
  return (
    <NextLink
      prefetch={false}
      onMouseEnter={(e: MouseEvent<HTMLAnchorElement>) => {
        warm();
        onMouseEnter?.(e);
      }}
      onTouchStart={(e: TouchEvent<HTMLAnchorElement>) => {
        warm();
        onTouchStart?.(e);
      }}
      onFocus={(e: FocusEvent<HTMLAnchorElement>) => {
        warm();
        onFocus?.(e);
      }}
      {...props}
    />
  );
}
