import { isHeadingName, looksLikeHeading } from "@/lib/cards/heading-shape";
import { refusal, type RuleProblem } from "./text-rules";

/**
 * What a field may not hold because an export format could not carry it back: the separators of
 * card lists and CSV aptitude cells, and lines the card reader takes for section headings. Part of
 * the write schema, so the form, the API and every importer refuse the same values, and every
 * export of what was accepted imports again with the same bytes.
 */

const heading = (s: string) =>
  isHeadingName(s)
    ? refusal("cardHeading", `"${s.trim()}" is a section heading of the card format; choose other words`, { text: s.trim() })
    : undefined;

/** Name: line 1 of a card, which must not read as the first heading. */
export const nameProblem = heading;

/** Personality traits and skills: a card joins them with " / ". */
export function listItemProblem(s: string): RuleProblem | undefined {
  // A "/" next to a space at either end is one too: "Baker /" then "Chef" would be written "Baker / / Chef".
  if (/(^|\s)\/(\s|$)/.test(s.trim()))
    return refusal("listSeparator", 'Must not contain " / " (it separates list items in a card); write "a/b" or "a or b"');
  return heading(s);
}

/** Career path steps: a card joins them with " → " (and reads "->" and "⇒" the same way). */
export function careerStepProblem(s: string): RuleProblem | undefined {
  if (/→|->|⇒/.test(s)) return refusal("careerSeparator", 'Must not contain "→", "->" or "⇒" (they separate career path steps in a card)');
  return heading(s);
}

/** Aptitude items: CSV writes `item :: reason`, and a card table row of dashes is a rule. */
export function aptitudeItemProblem(s: string): RuleProblem | undefined {
  if (s.includes("::")) return refusal("aptitudeSeparator", 'Must not contain "::" (it separates item and reason in CSV)');
  if (/^:?-+:?$/.test(s)) return refusal("onlyDashes", "Must not be only dashes (a card would read it as a table rule)");
  return undefined;
}

/**
 * Long texts: a heading name ends the section in a card, and among several lines one shaped like
 * a heading ("Responsibilities") is read as a misspelt heading. A text of one such line
 * ("Construction") is fine: the card reader takes a sole line as the text.
 */
export function textLinesProblem(s: string): RuleProblem | undefined {
  const lines = s.split(/\r\n|\r|\n/);
  const several = lines.filter((l) => l.trim() !== "").length > 1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i].trim();
    if (l && (isHeadingName(l) || (several && looksLikeHeading(l)))) {
      const message = `Line ${i + 1} ("${l}") would read as a section heading in a card; end it with a full stop or join it to another line`;
      return refusal("headingLine", message, { n: String(i + 1), text: l });
    }
  }
  return undefined;
}
