import "server-only";
import { getPublishedOccupation } from "@/lib/occupations/read";
import { SLUG_MAX, SLUG_PATTERN, type Profile } from "@/lib/occupations/schema";
import { buildComparison } from "./build";
import type { Comparison } from "./schema";

/**
 * The comparison of the published profiles among `slugs` (at most a handful: the caller limits
 * them), in that order. A slug that names no published profile (unknown, a draft, deleted, or not
 * a slug at all) is reported in `missing` and left out.
 */
export async function compareOccupations(slugs: string[]): Promise<Comparison> {
  const profiles: Profile[] = [];
  const missing: string[] = [];
  for (const slug of slugs) {
    const found = slug.length <= SLUG_MAX && SLUG_PATTERN.test(slug) ? await getPublishedOccupation(slug) : undefined;
    if (found) profiles.push(found.profile);
    else missing.push(slug);
  }
  return buildComparison(profiles, missing);
}
