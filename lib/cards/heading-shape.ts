import { HEADINGS } from "./sections";

const HEADING_BY_LOWER = new Set(HEADINGS.map((h) => h.toLowerCase()));

/** A card section heading, in any case ("summary" is reported as a misspelt "Summary"). */
export function isHeadingName(line: string): boolean {
  return HEADING_BY_LOWER.has(line.trim().toLowerCase());
}

/**
 * A line shaped like a section heading: a few capitalised words, no sentence punctuation. The card
 * reader reports such a line inside a section as an unknown (probably misspelt) heading.
 */
export function looksLikeHeading(line: string): boolean {
  if (line.length > 40 || /[.,;:!?。、/→|]/.test(line)) return false;
  return /^[A-Z][\w'-]*(?: (?:[A-Z(&][\w'()&-]*|and|of|the|for|in|to))*$/.test(line);
}
