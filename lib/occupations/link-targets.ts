import "server-only";
import { and, asc, eq, isNull, ne, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { db } from "@/db/index";
import { classifications, occupationTerms, occupations } from "@/db/schema";

export type LinkTarget = {
  id: number;
  slug: string;
  name: string;
  reading: string;
  tier: string;
  status: "draft" | "published";
  matched: string;
};

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Other live profiles whose name, reading or an alias contains `q`, for the related-jobs picker. */
export async function searchLinkTargets(q: string, excludeId?: number, limit = 10): Promise<LinkTarget[]> {
  const needle = q.normalize("NFKC").toLowerCase().trim();
  if (!needle) return [];
  const pattern = `%${escapeLike(needle)}%`;
  const minor = alias(classifications, "minor");
  const middle = alias(classifications, "middle");
  const major = alias(classifications, "major");
  const aliasMatch = sql<
    string | null
  >`(select t.value from ${occupationTerms} t where t.occupation_id = ${occupations.id} and t.list = 'alias' and t.value_key like ${pattern} escape '\\' order by t.position limit 1)`;
  const rows = await db
    .select({
      id: occupations.id,
      slug: occupations.slug,
      name: occupations.name,
      reading: occupations.reading,
      status: occupations.status,
      major: major.name,
      middle: middle.name,
      minor: minor.name,
      nameHit: sql<number>`${occupations.nameKey} like ${pattern} escape '\\'`,
      readingHit: sql<number>`${occupations.reading} like ${pattern} escape '\\'`,
      alias: aliasMatch,
    })
    .from(occupations)
    .innerJoin(minor, eq(minor.id, occupations.minorId))
    .innerJoin(middle, eq(middle.id, minor.parentId))
    .innerJoin(major, eq(major.id, middle.parentId))
    .where(
      and(
        isNull(occupations.deletedAt),
        excludeId ? ne(occupations.id, excludeId) : undefined,
        or(
          sql`${occupations.nameKey} like ${pattern} escape '\\'`,
          sql`${occupations.reading} like ${pattern} escape '\\'`,
          sql`${aliasMatch} is not null`,
        ),
      ),
    )
    .orderBy(sql`${occupations.nameKey} like ${`${escapeLike(needle)}%`} escape '\\' desc`, asc(occupations.nameKey))
    .limit(limit);
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    name: r.name,
    reading: r.reading,
    status: r.status,
    tier: `${r.major} › ${r.middle} › ${r.minor}`,
    matched: r.nameHit ? "name" : r.readingHit ? "reading" : `alias “${r.alias}”`,
  }));
}
