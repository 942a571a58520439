export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_MAX = 50;
export const PAGE_MAX = 500;
/**
 * A search counts (total, facets) at most this many matches and says so ("1,000+"): counting every
 * match of a common word was most of the time of a search at 100,000 profiles.
 */
export const MATCH_SAMPLE = 1_000;
