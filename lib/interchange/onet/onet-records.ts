import { profileContent } from "@/lib/occupations/schema";
import { nameKey } from "@/lib/occupations/name-key";
import { slugFor } from "@/lib/occupations/slug";
import type { ImportRecord } from "../records";
import { mapOccupation } from "./map-profile";
import type { OnetRelease } from "./release";

/**
 * One import record per occupation, located at its line of `Occupation Data.txt`. Slugs come from
 * titles; titles are unique in 27.0, but should two slugs clash the later one gets its code appended.
 * Names are unique in the catalog (compared by nameKey): a title already used by an earlier record,
 * or by a profile of another slug (`takenBy(name)` gives its slug), gets " (code)" appended.
 */
export function onetRecords(release: OnetRelease, takenBy: (name: string) => string | undefined = () => undefined): ImportRecord[] {
  const file = release.occupationFile;
  const used = new Set<string>();
  const usedNames = new Set<string>();
  return release.occupations.map((row) => {
    const line = row._line;
    const code = row["O*NET-SOC Code"];
    const tiers = release.soc.get(code.slice(0, 7));
    if (!tiers || !tiers.major || !tiers.minor || !tiers.broad) {
      return { file, line, errors: [{ file, line, message: `${code}: no SOC 2018 detailed occupation ${code.slice(0, 7)} with major, minor and broad groups` }] };
    }
    const parsed = profileContent.safeParse(mapOccupation(row, tiers, release));
    if (!parsed.success) {
      return { file, line, errors: parsed.error.issues.map((i) => ({ file, line, message: `${code}: ${i.path.join(".")}: ${i.message}` })) };
    }
    let slug = slugFor(parsed.data.name);
    if (used.has(slug)) slug = `${slug}-${code.replace(/\./g, "-")}`;
    used.add(slug);
    const content = parsed.data;
    const owner = takenBy(content.name);
    if (usedNames.has(nameKey(content.name)) || (owner !== undefined && owner !== slug)) content.name = `${content.name} (${code})`;
    usedNames.add(nameKey(content.name));
    return { file, line, slug, content, errors: [] };
  });
}
