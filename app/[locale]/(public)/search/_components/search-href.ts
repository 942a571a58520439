export type SearchState = { q: string; major?: string; middle?: string; minor?: string; page?: number };

/** The /search URL of a state: empty values left out, so shared links stay short. */
export function searchHref(s: SearchState): string {
  const p = new URLSearchParams();
  if (s.q) p.set("q", s.q);
  if (s.major) p.set("major", s.major);
  if (s.middle) p.set("middle", s.middle);
  if (s.minor) p.set("minor", s.minor);
  if (s.page && s.page > 1) p.set("page", String(s.page));
  const qs = p.toString();
  return qs ? `/search?${qs}` : "/search";
}
