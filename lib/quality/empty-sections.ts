import type { ProfileContent } from "@/lib/occupations/schema";

/**
 * The sections the quality dashboard reports as empty, in bit order of occupations.empty_sections
 * (drizzle/0004 backfills with the same order: append new sections, never reorder).
 */
export const EMPTY_SECTIONS = [
  { key: "industry", label: "Industry", empty: (c: ProfileContent) => !(c.industry ?? "") },
  { key: "summary", label: "Summary", empty: (c: ProfileContent) => !c.summary },
  { key: "description", label: "Description", empty: (c: ProfileContent) => !c.description },
  { key: "futureOutlook", label: "Future outlook", empty: (c: ProfileContent) => !c.futureOutlook },
  { key: "workStyle", label: "Work style", empty: (c: ProfileContent) => !c.workStyle },
  { key: "personalityTraits", label: "Personality traits", empty: (c: ProfileContent) => c.personalityTraits.length === 0 },
  { key: "requiredSkills", label: "Required skills", empty: (c: ProfileContent) => c.requiredSkills.length === 0 },
  { key: "recommendedSkills", label: "Recommended skills", empty: (c: ProfileContent) => c.recommendedSkills.length === 0 },
  { key: "careerPath", label: "Career path", empty: (c: ProfileContent) => c.careerPath.length === 0 },
  { key: "strengths", label: "Aptitudes: strengths", empty: (c: ProfileContent) => c.aptitudes.strengths.length === 0 },
  { key: "weaknesses", label: "Aptitudes: weaknesses", empty: (c: ProfileContent) => c.aptitudes.weaknesses.length === 0 },
  { key: "aliases", label: "Aliases", empty: (c: ProfileContent) => c.aliases.length === 0 },
  { key: "relatedJobs", label: "Related jobs", empty: (c: ProfileContent) => c.relatedJobs.length === 0 },
] as const;

export type EmptySectionKey = (typeof EMPTY_SECTIONS)[number]["key"];

/** The value of occupations.empty_sections for this content. */
export function emptySectionMask(c: ProfileContent): number {
  return EMPTY_SECTIONS.reduce((mask, s, i) => (s.empty(c) ? mask | (1 << i) : mask), 0);
}
