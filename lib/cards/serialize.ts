import type { Aptitude, ProfileContent } from "@/lib/occupations/schema";
import { slugBase } from "@/lib/occupations/slug-base";
import { LIST_SEPARATOR, PATH_SEPARATOR, TABLE_HEADER, TABLE_RULE } from "./sections";

function escapeCell(s: string): string {
  return s.replace(/\\/g, "\\\\").replace(/\|/g, "\\|");
}

function table(rows: Aptitude[]): string[] {
  return [TABLE_HEADER, TABLE_RULE, ...rows.map((r) => `| ${escapeCell(r.item)} | ${escapeCell(r.reason)} |`)];
}

function textLines(s: string): string[] {
  const lines = s.replace(/\r\n?/g, "\n").split("\n").map((l) => l.trimEnd());
  while (lines.length && lines[lines.length - 1] === "") lines.pop();
  while (lines.length && lines[0] === "") lines.shift();
  return lines;
}

function joined(items: string[], sep: string): string[] {
  return items.length ? [items.join(sep)] : [];
}

/**
 * The card text of a profile: LF line endings, no trailing newline (as the seed files are). A slug
 * the name would not give is written in a last "Slug" section, so the card imports under it again.
 */
export function serializeCard(p: ProfileContent & { slug?: string }): string {
  const out: string[] = [
    p.name.trim(),
    p.reading.trim(),
    "Industry & Occupation",
    ...textLines(p.industry ?? ""),
    "Classification",
    `- Major : ${p.classification.major}`,
    `- Middle : ${p.classification.middle}`,
    `- Minor : ${p.classification.minor}`,
    "Summary",
    ...textLines(p.summary),
    "Description",
    ...textLines(p.description),
    "Future Outlook",
    ...textLines(p.futureOutlook),
    "Personality Traits",
    ...joined(p.personalityTraits, LIST_SEPARATOR),
    "Work Style",
    ...textLines(p.workStyle),
    "Career Path",
    ...joined(p.careerPath.map((s) => s.name), PATH_SEPARATOR),
    "Required Skills",
    ...joined(p.requiredSkills, LIST_SEPARATOR),
    "Recommended Skills",
    ...joined(p.recommendedSkills, LIST_SEPARATOR),
    "Aptitudes (Strengths Preferred)",
    ...table(p.aptitudes.strengths),
    "Aptitudes (Weaknesses Acceptable)",
    ...table(p.aptitudes.weaknesses),
    "Aliases",
    ...p.aliases.map((a) => `- ${a}`),
    "Related Jobs",
    ...p.relatedJobs.map((r) => `- ${r.name}`),
    ...(p.slug && p.slug !== slugBase(p.name, p.reading) ? ["Slug", p.slug] : []),
  ];
  return out.join("\n");
}
