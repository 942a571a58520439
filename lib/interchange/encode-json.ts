import type { ProfileContent } from "@/lib/occupations/schema";

export type ExportedProfile = ProfileContent & { slug: string };

/**
 * A profile as export writes it: the Profile JSON shape in a fixed key order, without the
 * database's own state (status, version, updatedAt), which import ignores anyway. Leaving it out
 * is what lets export → import into an empty database → export give the same bytes.
 */
export function profileObject(p: ExportedProfile) {
  return {
    slug: p.slug,
    name: p.name,
    reading: p.reading,
    industry: p.industry ?? "",
    classification: { major: p.classification.major, middle: p.classification.middle, minor: p.classification.minor },
    summary: p.summary,
    description: p.description,
    futureOutlook: p.futureOutlook,
    personalityTraits: p.personalityTraits,
    workStyle: p.workStyle,
    careerPath: p.careerPath.map((s) => ({ name: s.name, slug: s.slug ?? null })),
    requiredSkills: p.requiredSkills,
    recommendedSkills: p.recommendedSkills,
    aptitudes: {
      strengths: p.aptitudes.strengths.map((a) => ({ item: a.item, reason: a.reason })),
      weaknesses: p.aptitudes.weaknesses.map((a) => ({ item: a.item, reason: a.reason })),
    },
    aliases: p.aliases,
    relatedJobs: p.relatedJobs.map((s) => ({ name: s.name, slug: s.slug ?? null })),
    ...(p.source
      ? {
          source: {
            name: p.source.name,
            ...(p.source.code !== undefined ? { code: p.source.code } : {}),
            ...(p.source.license !== undefined ? { license: p.source.license } : {}),
            ...(p.source.url !== undefined ? { url: p.source.url } : {}),
          },
        }
      : {}),
  };
}

/** One profile as a JSON document (a `<slug>.json` file). */
export function encodeJsonProfile(p: ExportedProfile): string {
  return `${JSON.stringify(profileObject(p), null, 2)}\n`;
}

/** Several profiles as one JSON array (stdout, or a single `.json` file). */
export function encodeJsonProfiles(profiles: ExportedProfile[]): string {
  return `${JSON.stringify(profiles.map(profileObject), null, 2)}\n`;
}
