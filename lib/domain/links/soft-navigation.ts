/**
 * Which clicks on a link of server markup that React did not hydrate (components/StaticMarkup.tsx) become a
 * client-side navigation, as the same link would do hydrated: the links next/link drew (IntentLink marks them),
 * a plain left click, same origin, no `target` or `download`, and not a jump within the current page.
 */

/** The attribute IntentLink puts on its anchors. */
export const SOFT_LINK_ATTRIBUTE = "data-intent-link";

export type LinkClick = {
  /** The anchor's resolved href (`a.href`). */
  href: string;
  /** The anchor carries SOFT_LINK_ATTRIBUTE. */
  soft: boolean;
  target: string;
  download: boolean;
  button: number;
  modifier: boolean;
  defaultPrevented: boolean;
};

/**
 * The path (with query and fragment) to navigate to client-side, or null for the browser's own handling.
 * @param location the current page's URL
 */
export function softNavigationTarget(click: LinkClick, location: string): string | null {
  if (!click.soft || click.defaultPrevented || click.button !== 0 || click.modifier) return null;
  if (click.download || (click.target !== "" && click.target !== "_self")) return null;
  let to: URL;
  let here: URL;
  try {
    to = new URL(click.href, location);
    here = new URL(location);
  } catch {
    return null;
  }
  if (to.origin !== here.origin) return null;
  // A fragment on the same page: the browser scrolls, as next/link leaves it.
  if (to.hash !== "" && to.pathname === here.pathname && to.search === here.search) return null;
  return to.pathname + to.search + to.hash;
}

/** The path to prefetch when a person shows intent (pointer over, touch, focus) on such a link, or null. */
export function prefetchTarget(href: string, soft: boolean, location: string): string | null {
  if (!soft) return null;
  const target = softNavigationTarget(
    { href, soft, target: "", download: false, button: 0, modifier: false, defaultPrevented: false },
    location,
  );
  return target === null ? null : target.replace(/#.*$/, "");
}
