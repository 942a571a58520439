/**
 * The path segment naming two versions to compare, `3...5` (as in a Git compare URL), so a
 * comparison is a plain path a cache can keep, not a query string.
 */
export function versionRange(from: number, to: number): string {
  return `${from}...${to}`;
}

/** The two versions of a `from...to` segment, or undefined for anything else. */
export function parseVersionRange(segment: string): { from: number; to: number } | undefined {
  let text = segment;
  try {
    text = decodeURIComponent(segment);
  } catch {
    return undefined; // a malformed escape is an unknown page, not an error
  }
  const m = /^([1-9]\d{0,8})\.\.\.([1-9]\d{0,8})$/.exec(text);
  return m ? { from: Number(m[1]), to: Number(m[2]) } : undefined;
}
