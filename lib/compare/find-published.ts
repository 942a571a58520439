import "server-only";
import { and, asc, eq, isNull, or } from "drizzle-orm";
import { db } from "@/db/index";
import { occupationTerms, occupations } from "@/db/schema";
import { nameKey } from "@/lib/occupations/name-key";

const live = and(eq(occupations.status, "published"), isNull(occupations.deletedAt));

/**
 * The slug of the published profile a reader typed into the compare form: its slug, its name or
 * one of its aliases (any case or width), in that order of preference. Undefined when none fits.
 */
export async function findPublishedSlug(text: string): Promise<string | undefined> {
  const key = nameKey(text).slice(0, 500);
  if (!key) return undefined;
  const [byName] = await db
    .select({ slug: occupations.slug })
    .from(occupations)
    .where(and(live, or(eq(occupations.slug, key), eq(occupations.nameKey, key))))
    .orderBy(asc(occupations.id))
    .limit(1);
  if (byName) return byName.slug;
  const [byAlias] = await db
    .select({ slug: occupations.slug })
    .from(occupationTerms)
    .innerJoin(occupations, eq(occupations.id, occupationTerms.occupationId))
    .where(and(eq(occupationTerms.list, "alias"), eq(occupationTerms.valueKey, key), live))
    .orderBy(asc(occupations.id))
    .limit(1);
  return byAlias?.slug;
}
