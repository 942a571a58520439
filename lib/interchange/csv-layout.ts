import type { ProfileContent } from "@/lib/occupations/schema";
import type { ExportedProfile } from "./encode-json";

/**
 * The CSV layout: one row per profile, one column per field. List cells hold one item per line
 * (a newline inside the quoted cell); aptitude cells hold one `item :: reason` per line. Items are
 * single lines by the schema, so a newline never occurs inside one. README "Formats" documents it.
 */
export const CSV_COLUMNS = [
  "slug",
  "name",
  "reading",
  "industry",
  "major",
  "middle",
  "minor",
  "summary",
  "description",
  "futureOutlook",
  "personalityTraits",
  "workStyle",
  "careerPath",
  "requiredSkills",
  "recommendedSkills",
  "strengths",
  "weaknesses",
  "aliases",
  "relatedJobs",
  "sourceName",
  "sourceCode",
  "sourceLicense",
  "sourceUrl",
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Columns a file may leave out: the slug then comes from the name, the others are empty. */
export const OPTIONAL_COLUMNS: ReadonlySet<CsvColumn> = new Set([
  "slug",
  "industry",
  "sourceName",
  "sourceCode",
  "sourceLicense",
  "sourceUrl",
]);

export const APTITUDE_SEPARATOR = " :: ";

const lines = (items: string[]) => items.join("\n");

export function toCsvRow(p: ExportedProfile): Record<CsvColumn, string> {
  const apt = (rows: { item: string; reason: string }[]) => lines(rows.map((r) => `${r.item}${APTITUDE_SEPARATOR}${r.reason}`));
  return {
    slug: p.slug,
    name: p.name,
    reading: p.reading,
    industry: p.industry ?? "",
    major: p.classification.major,
    middle: p.classification.middle,
    minor: p.classification.minor,
    summary: p.summary,
    description: p.description,
    futureOutlook: p.futureOutlook,
    personalityTraits: lines(p.personalityTraits),
    workStyle: p.workStyle,
    careerPath: lines(p.careerPath.map((s) => s.name)),
    requiredSkills: lines(p.requiredSkills),
    recommendedSkills: lines(p.recommendedSkills),
    strengths: apt(p.aptitudes.strengths),
    weaknesses: apt(p.aptitudes.weaknesses),
    aliases: lines(p.aliases),
    relatedJobs: lines(p.relatedJobs.map((s) => s.name)),
    sourceName: p.source?.name ?? "",
    sourceCode: p.source?.code ?? "",
    sourceLicense: p.source?.license ?? "",
    sourceUrl: p.source?.url ?? "",
  };
}

function items(cell: string): string[] {
  return cell
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

function aptitudes(cell: string) {
  return items(cell).map((l) => {
    const at = l.indexOf(APTITUDE_SEPARATOR.trim());
    return at === -1 ? { item: l, reason: "" } : { item: l.slice(0, at).trim(), reason: l.slice(at + 2).trim() };
  });
}

/** A CSV row (by column name) as the profile object the write schema validates. */
export function fromCsvRow(row: Partial<Record<CsvColumn, string>>): Record<string, unknown> {
  const get = (c: CsvColumn) => row[c] ?? "";
  const source = get("sourceName").trim()
    ? {
        name: get("sourceName").trim(),
        ...(get("sourceCode") ? { code: get("sourceCode") } : {}),
        ...(get("sourceLicense") ? { license: get("sourceLicense") } : {}),
        ...(get("sourceUrl") ? { url: get("sourceUrl") } : {}),
      }
    : null;
  const content: Record<string, unknown> & Partial<Record<keyof ProfileContent, unknown>> = {
    name: get("name"),
    reading: get("reading"),
    industry: get("industry"),
    classification: { major: get("major"), middle: get("middle"), minor: get("minor") },
    summary: get("summary"),
    description: get("description"),
    futureOutlook: get("futureOutlook"),
    personalityTraits: items(get("personalityTraits")),
    workStyle: get("workStyle"),
    careerPath: items(get("careerPath")).map((name) => ({ name, slug: null })),
    requiredSkills: items(get("requiredSkills")),
    recommendedSkills: items(get("recommendedSkills")),
    aptitudes: { strengths: aptitudes(get("strengths")), weaknesses: aptitudes(get("weaknesses")) },
    aliases: items(get("aliases")),
    relatedJobs: items(get("relatedJobs")).map((name) => ({ name, slug: null })),
    source,
  };
  if (get("slug").trim()) content.slug = get("slug").trim();
  return content;
}
