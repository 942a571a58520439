import { nameKey } from "@/lib/occupations/name-key";
import { ALIAS_MAX, ITEM_MAX, LIST_MAX, NAME_MAX, SHORT_TEXT_MAX, type Aptitude, type ProfileContent } from "@/lib/occupations/schema";
import type { Row } from "./read-table";
import type { OnetRelease } from "./release";

export const ONET_SOURCE_NAME = "O*NET 27.0 Database";
export const ONET_LICENSE = "CC BY 4.0";
export const REQUIRED_SKILLS = 8;
export const RECOMMENDED_SKILLS = 5;
/** "Important" on O*NET's 1–5 importance scale; recommended skills must reach it. */
export const IMPORTANT = 3;
export const TRAITS = 5;
export const STRENGTHS = 3;
export const WEAKNESSES = 2;
/** Related jobs: the two closest relatedness tiers (10 links), not "Supplemental". */
export const RELATED_TIERS = ["Primary-Short", "Primary-Long"];

export const onetUrl = (code: string) => `https://www.onetonline.org/link/summary/${code}`;

const ABBREVIATION = /(?:\b[A-Za-z]\.|\b(?:e\.g|i\.e|etc|vs|St|Dr|No|Inc|Co|Jr|Sr|Mt)\.)$/;

/** The first sentence: up to a . ! or ? followed by a capital, skipping abbreviations (U.S., e.g.). */
export function firstSentence(text: string): string {
  const re = /[.!?](?=\s+["(]?[A-Z])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const head = text.slice(0, m.index + 1);
    if (!ABBREVIATION.test(head)) return head.trim().slice(0, SHORT_TEXT_MAX);
  }
  return text.trim().slice(0, SHORT_TEXT_MAX);
}

/** Reported titles, then alternate short titles, then alternate titles; unique by name key, never the title. */
export function aliasesFor(title: string, reported: Row[], alternate: Row[]): string[] {
  const seen = new Set([nameKey(title)]);
  const out: string[] = [];
  const candidates = [
    ...reported.map((r) => r["Reported Job Title"]),
    ...alternate.map((r) => r["Short Title"]).filter((s) => s && s !== "n/a"),
    ...alternate.map((r) => r["Alternate Title"]),
  ];
  for (const raw of candidates) {
    const alias = (raw ?? "").trim();
    const key = nameKey(alias);
    if (!alias || alias.length > NAME_MAX || seen.has(key)) continue;
    seen.add(key);
    out.push(alias);
    if (out.length === ALIAS_MAX) break;
  }
  return out;
}

type Rated = { id: string; name: string; value: number };

/** Importance ("IM") ratings, highest first (ties by element id, so the order is stable). */
function importance(rows: Row[]): Rated[] {
  return rows
    .filter((r) => r["Scale ID"] === "IM" && r["Recommend Suppress"] !== "Y")
    .map((r) => ({ id: r["Element ID"], name: r["Element Name"].slice(0, ITEM_MAX), value: Number(r["Data Value"]) }))
    .filter((r) => Number.isFinite(r.value))
    .sort((a, b) => b.value - a.value || a.id.localeCompare(b.id));
}

const rating = (v: number) => v.toFixed(2).replace(/0$/, "");

/** "Job requires being …" (Content Model wording) → "The job requires being …". */
function requirement(description: string | undefined, name: string): string {
  if (!description) return `The job calls for ${name.toLowerCase()}.`;
  return description.replace(/^Job requires/, "The job requires");
}

export function aptitudesFor(styles: Rated[], elements: Map<string, string>): { strengths: Aptitude[]; weaknesses: Aptitude[] } {
  const strengths = styles.slice(0, STRENGTHS).map((s) => ({
    item: s.name,
    reason: `Importance ${rating(s.value)} of 5 in O*NET. ${requirement(elements.get(s.id), s.name)}`,
  }));
  // Lowest first; only when there are enough ratings that they do not overlap the strengths.
  const lowest = styles.length >= STRENGTHS + WEAKNESSES ? styles.slice(-WEAKNESSES).reverse() : [];
  const weaknesses = lowest.map((s) => ({
    item: s.name,
    reason: `Importance only ${rating(s.value)} of 5 in O*NET, among the lowest of this occupation's work styles.`,
  }));
  return { strengths, weaknesses };
}

/**
 * A career path from Job Zones (preparation levels 1–5) and related occupations: the closest
 * related occupation one needs less preparation for, this one, and the closest needing more.
 * Empty when the occupation has no Job Zone or no related occupation on either side.
 */
export function careerPathFor(code: string, title: string, release: OnetRelease): string[] {
  const zone = release.jobZones.get(code);
  const related = (release.related.get(code) ?? []).filter((r) => RELATED_TIERS.includes(r["Relatedness Tier"]));
  if (zone === undefined || related.length === 0) return [];
  const ordered = [...related].sort((a, b) => Number(a["Index"]) - Number(b["Index"]));
  const find = (test: (z: number) => boolean) => {
    const hit = ordered.find((r) => {
      const z = release.jobZones.get(r["Related O*NET-SOC Code"]);
      return z !== undefined && test(z);
    });
    return hit ? release.titles.get(hit["Related O*NET-SOC Code"]) : undefined;
  };
  const before = find((z) => z < zone);
  const after = find((z) => z > zone);
  if (!before && !after) return [];
  return [before, title, after].filter((s): s is string => !!s);
}

export function relatedJobsFor(code: string, release: OnetRelease): string[] {
  return (release.related.get(code) ?? [])
    .filter((r) => RELATED_TIERS.includes(r["Relatedness Tier"]))
    .sort(
      (a, b) =>
        RELATED_TIERS.indexOf(a["Relatedness Tier"]) - RELATED_TIERS.indexOf(b["Relatedness Tier"]) ||
        Number(a["Index"]) - Number(b["Index"]),
    )
    .map((r) => release.titles.get(r["Related O*NET-SOC Code"]))
    .filter((t): t is string => !!t)
    .slice(0, LIST_MAX);
}

/** One O*NET occupation as profile content under its SOC tiers (major → minor group → broad occupation). */
export function mapOccupation(row: Row, tiers: { major: string; minor: string; broad: string }, release: OnetRelease): ProfileContent {
  const code = row["O*NET-SOC Code"];
  const title = row["Title"].trim();
  const description = row["Description"].trim();
  const styles = importance(release.workStyles.get(code) ?? []);
  const skills = importance(release.skills.get(code) ?? []);
  return {
    name: title,
    reading: "",
    industry: "",
    classification: { major: tiers.major, middle: tiers.minor, minor: tiers.broad },
    summary: firstSentence(description),
    description,
    futureOutlook: "",
    personalityTraits: styles.slice(0, TRAITS).map((s) => s.name),
    workStyle: "",
    careerPath: careerPathFor(code, title, release).map((name) => ({ name, slug: null })),
    requiredSkills: skills.slice(0, REQUIRED_SKILLS).map((s) => s.name),
    recommendedSkills: skills
      .slice(REQUIRED_SKILLS, REQUIRED_SKILLS + RECOMMENDED_SKILLS)
      .filter((s) => s.value >= IMPORTANT)
      .map((s) => s.name),
    aptitudes: aptitudesFor(styles, release.elements),
    aliases: aliasesFor(title, release.reportedTitles.get(code) ?? [], release.alternateTitles.get(code) ?? []),
    relatedJobs: relatedJobsFor(code, release).map((name) => ({ name, slug: null })),
    source: { name: ONET_SOURCE_NAME, code, license: ONET_LICENSE, url: onetUrl(code) },
  };
}
