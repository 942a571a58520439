import type { ValidationKey } from "@/lib/validation/issue-phrase";

/**
 * Characters a stored profile may not hold, so that whatever is stored renders safely and exports
 * and imports again in every format. Shared by the write schema, and through it by the admin
 * form, the write API and every importer (card, JSON, CSV, O*NET).
 */

// C0 controls (NUL included), DEL and C1 controls.
const CONTROL_IN_LINE = /[\u0000-\u001F\u007F-\u009F]/u;
// The same, except tab, line feed and carriage return, which long texts may hold.
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
// Embeddings, overrides and isolates reorder the text around them (a name could display reversed).
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
// With the u flag a surrogate pair is one code point, so this matches only a lone surrogate.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** A refusal: the English message, and the Validation key (messages/*.json) with its values for other languages. */
export type RuleProblem = { message: string; i18n: ValidationKey; values?: Record<string, string | number> };
export const refusal = (i18n: ValidationKey, message: string, values?: Record<string, string | number>): RuleProblem => ({
  message,
  i18n,
  ...(values ? { values } : {}),
});

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/** Why a one-line field (name, reading, slug, alias, list item, aptitude) is refused, or undefined. */
export function lineCharProblem(s: string): RuleProblem | undefined {
  const lone = LONE_SURROGATE.exec(s);
  if (lone)
    return refusal("loneSurrogate", `Contains an invalid character (lone surrogate ${codePoint(lone[0])})`, { code: codePoint(lone[0]) });
  const control = CONTROL_IN_LINE.exec(s);
  if (control) return refusal("controlChar", `Contains a control character (${codePoint(control[0])})`, { code: codePoint(control[0]) });
  const bidi = BIDI_CONTROL.exec(s);
  if (bidi) return refusal("bidiChar", `Contains a bidirectional-override character (${codePoint(bidi[0])})`, { code: codePoint(bidi[0]) });
  return undefined;
}

/** Why a long text (summary, description, …) is refused, or undefined; tabs and newlines are fine. */
export function textCharProblem(s: string): RuleProblem | undefined {
  const lone = LONE_SURROGATE.exec(s);
  if (lone)
    return refusal("loneSurrogate", `Contains an invalid character (lone surrogate ${codePoint(lone[0])})`, { code: codePoint(lone[0]) });
  const control = CONTROL_IN_TEXT.exec(s);
  if (control) return refusal("controlChar", `Contains a control character (${codePoint(control[0])})`, { code: codePoint(control[0]) });
  return undefined;
}

/** Only web addresses are rendered as links: `javascript:`, `data:` and the like are refused. */
export function isWebUrl(s: string): boolean {
  if (!/^https?:\/\//i.test(s)) return false;
  try {
    const url = new URL(s);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}
