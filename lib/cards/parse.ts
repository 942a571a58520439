import { emptyProfile, SLUG_MAX, SLUG_PATTERN, type Aptitude, type ProfileContent } from "@/lib/occupations/schema";
import { looksLikeHeading } from "./heading-shape";
import { problem, type Problem, type ProblemKey } from "@/lib/validation/problem";
import { HEADINGS, SECTION_KIND, type Heading } from "./sections";

/** `message` is English; `phrase` words it from the message files (lib/validation/problem.ts). */
export type CardError = { line: number; message: string; phrase?: Problem };
export type ParsedCard = {
  profile: ProfileContent;
  /** From the optional "Slug" section; otherwise the slug comes from the name. */
  slug?: string;
  /** First line of each section (1-based), for mapping validation errors back to the file. */
  lines: Partial<Record<Heading | "name" | "reading", number>>;
};
export type CardResult = { ok: true; card: ParsedCard } | { ok: false; errors: CardError[] };

const HEADING_SET = new Set<string>(HEADINGS);
const HEADING_BY_LOWER = new Map(HEADINGS.map((h) => [h.toLowerCase(), h]));
const TIERS = ["Major", "Middle", "Minor"] as const;

const at = (line: number, key: ProblemKey, values?: Record<string, string>, field?: string): CardError => ({
  line,
  ...problem(key, values, field ? { field } : {}),
});

function splitRow(row: string): string[] | undefined {
  let body = row.trim();
  if (!body.startsWith("|")) return undefined;
  body = body.slice(1);
  if (body.endsWith("|") && !body.endsWith("\\|")) body = body.slice(0, -1);
  const cells: string[] = [];
  let cur = "";
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === "\\" && (body[i + 1] === "|" || body[i + 1] === "\\")) {
      cur += body[i + 1];
      i++;
    } else if (ch === "|") {
      cells.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  cells.push(cur.trim());
  return cells;
}

const isRule = (cells: string[]) => cells.length >= 2 && cells.every((c) => /^:?-{3,}:?$/.test(c) || /^:?-+:?$/.test(c));
const isHeaderRow = (cells: string[]) =>
  cells.length === 2 && cells[0].toLowerCase() === "item" && cells[1].toLowerCase() === "description";

type Section = { heading: Heading; line: number; body: { text: string; line: number }[] };

/**
 * Parse a profile card. Tolerates CRLF, a BOM, trailing spaces, blank lines at the end of a
 * section, empty sections and `->` in a career path; reports every structural error with its line.
 */
export function parseCard(input: string): CardResult {
  const errors: CardError[] = [];
  const text = input.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const raw = text.split("\n").map((l) => l.replace(/[ \t\u3000]+$/u, ""));
  const profile = emptyProfile();
  const lines: ParsedCard["lines"] = {};
  let slug: string | undefined;

  if (raw.some((l) => l.includes("\u0000"))) {
    const nul = raw.findIndex((l) => l.includes("\u0000"));
    errors.push(at(nul + 1, "ImportErrors.nul"));
  }

  let i = 0;
  while (i < raw.length && raw[i].trim() === "") i++;
  if (i >= raw.length || HEADING_SET.has(raw[i].trim())) {
    errors.push(at(Math.min(i + 1, raw.length), "ImportErrors.missingName"));
  } else {
    profile.name = raw[i].trim();
    lines.name = i + 1;
    i++;
    if (i < raw.length && !HEADING_SET.has(raw[i].trim())) {
      profile.reading = raw[i].trim();
      lines.reading = i + 1;
      i++;
    }
  }

  const sections: Section[] = [];
  const seen = new Map<Heading, number>();
  for (; i < raw.length; i++) {
    const l = raw[i].trim();
    if (HEADING_SET.has(l)) {
      const heading = l as Heading;
      if (seen.has(heading)) {
        errors.push(at(i + 1, "ImportErrors.duplicateSection", { heading, first: String(seen.get(heading)) }));
      } else seen.set(heading, i + 1);
      sections.push({ heading, line: i + 1, body: [] });
    } else if (sections.length === 0) {
      if (l !== "") errors.push(at(i + 1, "ImportErrors.textBeforeSection", { text: clip(l) }));
    } else {
      sections[sections.length - 1].body.push({ text: raw[i], line: i + 1 });
    }
  }

  for (const s of sections) {
    if (seen.get(s.heading) !== s.line) continue;
    lines[s.heading] = s.line;
    while (s.body.length && s.body[s.body.length - 1].text.trim() === "") s.body.pop();
    if (SECTION_KIND[s.heading] === "slug") slug = parseSlug(s, errors);
    else parseSection(s, profile, errors);
  }

  if (!seen.has("Classification") && lines.name) {
    errors.push(at(raw.length, "ImportErrors.missingClassification"));
  }

  if (errors.length) return { ok: false, errors: errors.sort((a, b) => a.line - b.line) };
  return { ok: true, card: { profile, lines, ...(slug ? { slug } : {}) } };
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

function unknownHeading(l: string, line: number, errors: CardError[]): boolean {
  const known = HEADING_BY_LOWER.get(l.toLowerCase());
  if (known) {
    errors.push(at(line, "ImportErrors.misspeltHeading", { heading: l, known }));
    return true;
  }
  if (looksLikeHeading(l)) {
    errors.push(at(line, "ImportErrors.unknownHeading", { heading: l }));
    return true;
  }
  return false;
}

/** The one line of the "Slug" section, checked like any slug. */
function parseSlug(s: Section, errors: CardError[]): string | undefined {
  const filled = s.body.filter((b) => b.text.trim() !== "");
  if (filled.length === 0) return undefined;
  const value = filled[0].text.trim();
  if (filled.length > 1) errors.push(at(filled[1].line, "ImportErrors.slugOneLine", undefined, "slug"));
  else if (value.length > SLUG_MAX || !SLUG_PATTERN.test(value))
    errors.push(at(filled[0].line, "ImportErrors.slugFormat", undefined, "slug"));
  return value;
}

function parseSection(s: Section, p: ProfileContent, errors: CardError[]) {
  const kind = SECTION_KIND[s.heading];
  const body = s.body;
  switch (kind) {
    case "text": {
      const first = body.findIndex((b) => b.text.trim() !== "");
      const kept = first < 0 ? [] : body.slice(first);
      // As for lists: a one-line text shaped like a heading ("Construction") is the text, so that
      // every value the schema accepts comes back from its card (a misspelt known heading is still
      // reported). In longer texts such a line is reported as a misspelt heading.
      const filled = kept.filter((b) => b.text.trim() !== "");
      const sole = filled.length === 1 && !HEADING_BY_LOWER.has(filled[0].text.trim().toLowerCase());
      if (!sole) for (const b of kept) unknownHeading(b.text.trim(), b.line, errors);
      const value = kept.map((b) => b.text).join("\n");
      setText(p, s.heading, value);
      return;
    }
    case "classification": {
      const found: Partial<Record<(typeof TIERS)[number], string>> = {};
      for (const b of body) {
        const l = b.text.trim();
        if (l === "") continue;
        const m = /^-\s*(Major|Middle|Minor)\s*[:：]\s*(.*)$/i.exec(l);
        if (!m) {
          if (!unknownHeading(l, b.line, errors)) errors.push(at(b.line, "ImportErrors.expectedTierLine", { text: clip(l) }));
          continue;
        }
        const tier = (m[1][0].toUpperCase() + m[1].slice(1).toLowerCase()) as (typeof TIERS)[number];
        if (found[tier] !== undefined) errors.push(at(b.line, "ImportErrors.tierTwice", { tier }, "classification"));
        found[tier] = m[2].trim();
      }
      const missing = TIERS.filter((t) => !found[t]);
      if (missing.length) errors.push(at(s.line, "ImportErrors.incompleteClassification", { tiers: missing.join(", ") }));
      p.classification = { major: found.Major ?? "", middle: found.Middle ?? "", minor: found.Minor ?? "" };
      return;
    }
    case "slash":
    case "arrow": {
      const items: string[] = [];
      // A one-item list ("Time Management") is shaped like a heading; as the section's only line it
      // is the item (a wrongly cased known heading is still reported).
      const filled = body.filter((b) => b.text.trim() !== "");
      const sole = filled.length === 1 && !HEADING_BY_LOWER.has(filled[0].text.trim().toLowerCase());
      for (const b of body) {
        const l = b.text.trim();
        if (l === "") continue;
        if (!sole && unknownHeading(l, b.line, errors)) continue;
        const parts = kind === "slash" ? l.split(/\s+\/\s+/) : l.split(/\s*(?:→|->|⇒)\s*/);
        items.push(...parts.map((x) => x.trim()).filter(Boolean));
      }
      if (s.heading === "Career Path") p.careerPath = items.map((name) => ({ name, slug: null }));
      else if (s.heading === "Personality Traits") p.personalityTraits = items;
      else if (s.heading === "Required Skills") p.requiredSkills = items;
      else p.recommendedSkills = items;
      return;
    }
    case "table": {
      const rows: Aptitude[] = [];
      for (const b of body) {
        const l = b.text.trim();
        if (l === "") continue;
        const cells = splitRow(l);
        if (!cells) {
          if (!unknownHeading(l, b.line, errors)) errors.push(at(b.line, "ImportErrors.expectedTableRow", { text: clip(l) }));
          continue;
        }
        if (isRule(cells) || (rows.length === 0 && isHeaderRow(cells))) continue;
        if (cells.length !== 2 || cells[0] === "") {
          errors.push(
            at(b.line, "ImportErrors.tableRowCells", { found: cells[0] === "" && cells.length === 2 ? "empty" : String(cells.length) }),
          );
          continue;
        }
        rows.push({ item: cells[0], reason: cells[1] });
      }
      if (s.heading === "Aptitudes (Strengths Preferred)") p.aptitudes.strengths = rows;
      else p.aptitudes.weaknesses = rows;
      return;
    }
    case "bullets": {
      const items: string[] = [];
      for (const b of body) {
        const l = b.text.trim();
        if (l === "") continue;
        const m = /^[-*・]\s*(.*)$/.exec(l);
        if (!m) {
          if (!unknownHeading(l, b.line, errors)) errors.push(at(b.line, "ImportErrors.expectedBullet", { text: clip(l) }));
          continue;
        }
        if (m[1].trim()) items.push(m[1].trim());
      }
      if (s.heading === "Aliases") p.aliases = items;
      else p.relatedJobs = items.map((name) => ({ name, slug: null }));
      return;
    }
  }
}

function setText(p: ProfileContent, heading: Heading, value: string) {
  if (heading === "Industry & Occupation") p.industry = value;
  else if (heading === "Summary") p.summary = value;
  else if (heading === "Description") p.description = value;
  else if (heading === "Future Outlook") p.futureOutlook = value;
  else if (heading === "Work Style") p.workStyle = value;
}
