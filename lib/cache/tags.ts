/**
 * Names of the cache tags public pages carry and writes invalidate. One module, so the pages that
 * set them and the code that invalidates them cannot drift apart (other features import these).
 */
export const TAGS = {
  home: "home",
  /** The /browse index (every Major with counts). */
  browse: "browse",
  sitemap: "sitemap",
  readingIndex: "reading-index",
  feed: "feed",
} as const;

/** The public page of one profile (and anything else that shows only that profile). */
export const profileTag = (slug: string) => `profile:${slug}`;

/** A browse page of one tier: `tier:<major>`, `tier:<major>/<middle>`, `tier:<major>/<middle>/<minor>` (slugs). */
export const tierTag = (...slugs: string[]) => `tier:${slugs.join("/")}`;

/** The tier tags of a Minor's path and every tier above it: "a/b/c" → tier:a, tier:a/b, tier:a/b/c. */
export function tierTagsOf(tierPath: string): string[] {
  const parts = tierPath.split("/");
  return parts.map((_, i) => tierTag(...parts.slice(0, i + 1)));
}

/** Lists every published profile appears in, whatever changed about it. */
export const CATALOG_LIST_TAGS: readonly string[] = [TAGS.home, TAGS.sitemap, TAGS.readingIndex, TAGS.feed];
