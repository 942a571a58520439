import { profileContent, type ProfileContent } from "@/lib/occupations/schema";
import { issuePhrase } from "@/lib/validation/issue-phrase";
import { problem } from "@/lib/validation/problem";
import { parseCard, type CardError } from "./parse";
import { SECTION_FIELD, type Heading } from "./sections";

export type ReadCardResult = { ok: true; profile: ProfileContent; slug?: string } | { ok: false; errors: CardError[] };

const FIELD_LINE: [string, Heading | "name" | "reading"][] = [
  ["name", "name"],
  ["reading", "reading"],
  ...Object.entries(SECTION_FIELD).map(([h, f]) => [f, h as Heading] as [string, Heading]),
];

/** Parse a card and validate it against the profile schema; every error carries a line number. */
export function readCard(text: string): ReadCardResult {
  const parsed = parseCard(text);
  if (!parsed.ok) return parsed;
  const result = profileContent.safeParse(parsed.card.profile);
  if (result.success) return { ok: true, profile: result.data, ...(parsed.card.slug ? { slug: parsed.card.slug } : {}) };
  const errors = result.error.issues.map((issue) => {
    const path = issue.path.join(".");
    const match = FIELD_LINE.filter(([f]) => path === f || path.startsWith(`${f}.`)).sort((a, b) => b[0].length - a[0].length)[0];
    const line = (match && parsed.card.lines[match[1]]) ?? 1;
    const { key, values } = issuePhrase(issue);
    return { line, ...problem(`Validation.${key}`, values, { field: path || "card" }, issue.message) };
  });
  return { ok: false, errors };
}
