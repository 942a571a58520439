/**
 * The list of slugs a comparison is about, as the URL carries it (`?slugs=a,b,c`). Shared by the
 * page, the API, and the browser (the "Add to compare" buttons), so it imports nothing server-only.
 */
export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;
/** Longest `slugs` value read; four slugs of at most 100 characters fit with room to spare. */
export const SLUGS_PARAM_MAX = 1_000;

/** The slugs of a `slugs` value: split on commas, trimmed, lower-cased, empty ones and repeats dropped. */
export function parseSlugs(value: string | null | undefined): string[] {
  if (!value) return [];
  const out: string[] = [];
  for (const part of value.slice(0, SLUGS_PARAM_MAX).split(",")) {
    const slug = part.trim().toLowerCase();
    if (slug && !out.includes(slug)) out.push(slug);
  }
  return out;
}

/** The comparison page for these slugs (commas kept readable in the shared link). */
export function compareHref(slugs: string[]): string {
  return slugs.length ? `/compare?slugs=${slugs.map(encodeURIComponent).join(",")}` : "/compare";
}

/** The same list with `slug` moved one place towards the start (-1) or the end (+1). */
export function moveSlug(slugs: string[], slug: string, by: -1 | 1): string[] {
  const i = slugs.indexOf(slug);
  const j = i + by;
  if (i < 0 || j < 0 || j >= slugs.length) return slugs;
  const out = [...slugs];
  [out[i], out[j]] = [out[j], out[i]];
  return out;
}
