"use client";

import { useRouter } from "next/navigation";
import { useLayoutEffect, useRef, type FocusEvent, type MouseEvent, type PointerEvent, type ReactNode } from "react";
import { prefetchTarget, SOFT_LINK_ATTRIBUTE, softNavigationTarget } from "@/lib/domain/links/soft-navigation";

/** Keeps the element's server-rendered children as they are: React does not hydrate inside it. */
const KEEP_SERVER_MARKUP = { __html: "" };
/** The links already prefetched on intent. */
const prefetched = new WeakSet<Element>();
/**
 * The markup of each StaticMarkup that left the page, by place (URL and position in the document). The router keeps
 * the page's first payload, without children, for going back: a StaticMarkup mounted again from it puts back what
 * it showed. The last few pages are kept; for any other, the page's payload is fetched again.
 */
const markupByPlace = new Map<string, string>();
const PLACES_KEPT = 200;

/**
 * Server markup that needs no script: text, figures and links. In a page's HTML its children are rendered as
 * usual; the page's inline payload then leaves them out (server/static-markup.mjs, after the build and for every
 * page the server renders), so they are sent once and React neither parses nor hydrates them: here, without
 * children, it keeps the markup the document has. The links in it still navigate client-side and prefetch on
 * intent, by one listener on this element (lib/domain/links/soft-navigation.ts). After a client-side navigation
 * (whose payload keeps the children) it renders its children like any component.
 *
 * Only for markup with no interactive component in it: the build refuses a StaticMarkup that holds a client
 * component other than IntentLink. One inside a client component (which may mount it again later, with no markup
 * to keep) is sent whole, unless that component is a provider or DormantDetails (server/static-markup.mjs).
 */
export function StaticMarkup({ className, children }: { className?: string; children?: ReactNode }) {
  const router = useRouter();
  const ref = useRef<HTMLDivElement>(null);
  const kept = children === undefined;
  useLayoutEffect(() => {
    const el = ref.current;
    if (!kept || el === null) return;
    const place = placeOf(el);
    if (el.childNodes.length === 0) {
      // Mounted afresh from the page's first payload (going back; a DormantDetails opened): no markup here.
      const html = markupByPlace.get(place);
      if (html === undefined) router.refresh();
      else el.innerHTML = html;
    }
    return () => remember(place, el.innerHTML);
  }, [kept, router]);

  if (!kept)
    return (
      <div key="rendered" className={className} data-static-markup="">
        {children}
      </div>
    );

  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const a = anchorOf(e);
    if (a === null) return;
    const to = softNavigationTarget(
      {
        href: a.href,
        soft: a.hasAttribute(SOFT_LINK_ATTRIBUTE),
        target: a.target,
        download: a.hasAttribute("download"),
        button: e.button,
        modifier: e.metaKey || e.ctrlKey || e.shiftKey || e.altKey,
        defaultPrevented: e.defaultPrevented,
      },
      window.location.href,
    );
    if (to === null) return;
    e.preventDefault();
    router.push(to);
  };
  const onIntent = (e: PointerEvent<HTMLDivElement> | FocusEvent<HTMLDivElement>) => {
    const a = anchorOf(e);
    if (a === null || prefetched.has(a)) return;
    const to = prefetchTarget(a.href, a.hasAttribute(SOFT_LINK_ATTRIBUTE), window.location.href);
    if (to === null) return;
    prefetched.add(a);
    router.prefetch(to);
  };
  return (
    <div
      key="kept"
      ref={ref}
      className={className}
      data-static-markup=""
      onClick={onClick}
      onPointerOver={onIntent}
      onFocus={onIntent}
      suppressHydrationWarning
      dangerouslySetInnerHTML={KEEP_SERVER_MARKUP}
    />
  );
}

function anchorOf(e: { target: EventTarget; currentTarget: HTMLElement }): HTMLAnchorElement | null {
  const a = e.target instanceof Element ? e.target.closest("a[href]") : null;
  return a instanceof HTMLAnchorElement && e.currentTarget.contains(a) ? a : null;
}

function placeOf(el: Element): string {
  return `${window.location.pathname}${window.location.search}#${indexInDocument(el)}`;
}

function remember(place: string, html: string) {
  markupByPlace.delete(place);
  markupByPlace.set(place, html);
  if (markupByPlace.size > PLACES_KEPT) markupByPlace.delete(markupByPlace.keys().next().value as string);
}

/**
 * Keeps the markup of the StaticMarkup elements in `root` for the StaticMarkup components about to be mounted in
 * their places: for a component that renders server markup it did not hydrate afresh (DormantDetails, opened).
 */
export function rememberStaticMarkupIn(root: Element) {
  for (const el of root.querySelectorAll("[data-static-markup]")) remember(placeOf(el), el.innerHTML);
}

/** The element's position among the page's StaticMarkup elements. */
function indexInDocument(el: Element): number {
  return [...document.querySelectorAll("[data-static-markup]")].indexOf(el);
}
