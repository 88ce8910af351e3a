/** The attribute of a section's copy-link anchor, which SectionLinkCopier acts on. */
export const SECTION_LINK_ATTRIBUTE = "data-section-link";
/** The classes of a section link: shown while its heading is hovered or it has focus, or just after a copy. */
export const SECTION_LINK_HIDDEN = "opacity-0";
export const SECTION_LINK_SHOWN = "opacity-100";
/** What a section link says: its mark, and for a moment after a copy, that it copied. */
export const SECTION_LINK_LABEL = "#";
export const SECTION_LINK_COPIED = "Link copied";

/**
 * Copies the URL of a page section (#anchor), for pasting into a review. Plain markup (so it may sit in
 * StaticMarkup): the copying is done by SectionLinkCopier, one listener for the whole page. Before the page's
 * script has run, or without it, the link is a plain jump to the section that puts it in the address bar.
 */
export function SectionLink({ id, title }: { id: string; title: string }) {
  return (
    <a
      href={`#${id}`}
      {...{ [SECTION_LINK_ATTRIBUTE]: "" }}
      aria-label={`Copy link to “${title}”`}
      className={
        `text-sm font-normal text-slate-600 hover:text-sky-700 ` +
        `focus-visible:opacity-100 group-hover:opacity-100 dark:text-slate-400 ` +
        `dark:hover:text-sky-400 ${SECTION_LINK_HIDDEN}`
      }
    >
      <span aria-live="polite">{SECTION_LINK_LABEL}</span>
    </a>
  );
}
