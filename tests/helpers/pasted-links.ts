/**
 * Links as people paste them into chat tools, and as crawlers make them up: the view pages' own parameters
 * with valid, invalid, duplicated, encoded and empty values, tracking parameters, and non-ASCII values.
 * Seeded, so a failure names a link that can be asked for again.
 */
export interface LinkCatalogue {
  themes: ReadonlyArray<{ slug: string }>;
  topics: ReadonlyArray<{ slug: string }>;
}

/** A small deterministic generator (mulberry32). */
function generator(seed: number) {
  let a = seed >>> 0;
  return (n: number) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) % n) as number;
  };
}

const KEYS = ["zoom", "topic", "color", "view", "cell", "order", "value", "topics", "q"];
const TRACKING = ["utm_source", "utm_medium", "fbclid", "gclid", "mc_eid", "ref"];
const ODD_KEYS = ["", "ZOOM", "zo%6Fm", "topic%73", "%F0%9F%98%80"];
const VALUES = [
  "phase", "theme", "table", "chart", "matrix", "jaccard", "conditional", "cluster", "alpha", "count", "",
  "z123", "a+b", "%41", "%zz", "%", "%4", "~", "a=b", "x%20y", "*-._", "!'()", "%00", "%7f", "%2C", "%7E",
  "%E2%9C%93", "%C3", "\u00e9", "rag-systems,,nope", "%20rag-systems",
]; // prettier-ignore
const PATHS = ["/", "/cooccurrence", "/plan", "/search"];

/** `count` view-page links (path and query, as sent), the same for the same seed. */
export function pastedLinks(catalogue: LinkCatalogue, count: number, seed = 24): string[] {
  const pick = generator(seed);
  const slugs = [...catalogue.themes, ...catalogue.topics].map((t) => t.slug);
  const topic = () => catalogue.topics[pick(catalogue.topics.length)].slug;
  const value = (key: string) => {
    if (key === "cell" && pick(2)) return `${topic()}~${pick(3) ? topic() : slugs[pick(slugs.length)]}`;
    if (key === "topics" && pick(2)) return [topic(), topic(), VALUES[pick(VALUES.length)]].join(pick(2) ? "," : "%2C");
    const v = pick(2) ? slugs[pick(slugs.length)] : VALUES[pick(VALUES.length)];
    return pick(4) === 0 ? v.replaceAll("-", "%2D") : v;
  };
  /** A view as a link names it most (often its canonical URL): what a chat tool appends its parameters to. */
  const sharedView = () => {
    switch (pick(4)) {
      case 0:
        return pick(3) ? `/?zoom=${catalogue.themes[pick(catalogue.themes.length)].slug}` : `/?topic=${topic()}`;
      case 1:
        return `/cooccurrence?cell=${topic()}~${topic()}${pick(2) ? "&value=jaccard" : ""}`;
      case 2:
        return `/plan?topics=${topic()}${pick(2) ? `,${topic()}` : ""}`;
      default:
        return PATHS[pick(PATHS.length)];
    }
  };
  const links: string[] = [];
  for (let i = 0; i < count; i++) {
    if (pick(3) === 0) {
      // A shared view with tracking parameters appended, sometimes with an own, encoded or odd one among them.
      let link = sharedView();
      for (let n = 1 + pick(3); n > 0; n--) {
        const r = pick(12);
        const key = r < 9 ? TRACKING[pick(TRACKING.length)] : r < 11 ? ODD_KEYS[pick(ODD_KEYS.length)] : KEYS[pick(4)];
        const separator = link.includes("?") ? (pick(12) ? "&" : "&&") : "?";
        link += `${separator}${key}=${pick(2) ? "x" : VALUES[pick(VALUES.length)]}`;
      }
      links.push(link);
      continue;
    }
    const path = PATHS[pick(PATHS.length)];
    const parts: string[] = [];
    for (let n = 1 + pick(4); n > 0; n--) {
      const r = pick(10);
      const key =
        r < 6 ? KEYS[pick(KEYS.length)] : r < 9 ? TRACKING[pick(TRACKING.length)] : ODD_KEYS[pick(ODD_KEYS.length)];
      parts.push(pick(10) === 0 ? key : `${key}=${value(key)}`);
    }
    links.push(`${path}?${parts.join(pick(10) === 0 ? "&&" : "&")}`);
  }
  return links;
}

/**
 * What nginx's rule in Lua may answer itself (server/lua/view-redirect.ts, isAnswerable): plain ASCII without a
 * percent-encoded byte above 0x7F, where its decoding is exactly the server's.
 */
export const plainAsciiLink = (link: string) => /^[\x21-\x7e]*$/.test(link) && !/%[89A-Fa-f][0-9A-Fa-f]/.test(link);
