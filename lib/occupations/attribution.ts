import type { ProfileContent } from "./schema";

/**
 * The notice CC BY 4.0 asks for when a profile comes from O*NET, in O*NET's standard wording
 * (../shared/data/onet/SOURCE.md). Skill ratings come from the 29.3 release when the 27.0 text
 * snapshot lacks Skills.txt, so a profile with skills names that release too.
 */
export function licenseNotice(p: Pick<ProfileContent, "source" | "requiredSkills">): string | undefined {
  const name = p.source?.name;
  if (!name || !/^O\*NET\b/.test(name)) return undefined;
  const releases =
    p.requiredSkills.length > 0 && !name.includes("29.3") ? `the ${name} (skill ratings: O*NET 29.3 Database)` : `the ${name}`;
  return `This page includes information from ${releases} by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.`;
}
