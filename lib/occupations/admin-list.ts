import "server-only";
import { and, asc, desc, eq, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { z } from "zod";
import { db } from "@/db/index";
import { classifications, occupationTerms, occupations } from "@/db/schema";

export const ADMIN_PAGE_SIZE = 25;
export const ADMIN_STATUSES = ["draft", "published", "changes", "deleted"] as const;
export type AdminStatusFilter = (typeof ADMIN_STATUSES)[number];

/** The list's URL state; anything unknown falls back to the default rather than failing. */
export const adminListQuery = z.object({
  q: z.string().trim().max(200).catch(""),
  major: z.string().max(200).catch(""),
  status: z.enum(ADMIN_STATUSES).or(z.literal("")).catch(""),
  sort: z.enum(["updated", "name"]).catch("updated"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type AdminListQuery = z.infer<typeof adminListQuery>;

export type AdminListRow = {
  id: number;
  slug: string;
  name: string;
  reading: string;
  major: string;
  status: "draft" | "published";
  hasDraft: boolean;
  deleted: boolean;
  updatedAt: string;
};

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Every profile (drafts and, when asked, deleted ones) for the CMS list: filter, sort, one page. */
export async function listOccupationsForAdmin(query: AdminListQuery): Promise<{ total: number; rows: AdminListRow[]; pageSize: number }> {
  const minor = alias(classifications, "minor");
  const middle = alias(classifications, "middle");
  const major = alias(classifications, "major");
  const where: (SQL | undefined)[] = [];
  if (query.q) {
    const pattern = `%${escapeLike(query.q.normalize("NFKC").toLowerCase())}%`;
    const aliasHit = sql`exists (select 1 from ${occupationTerms} t where t.occupation_id = ${occupations.id} and t.list = 'alias' and t.value_key like ${pattern} escape '\\')`;
    where.push(
      or(
        sql`${occupations.nameKey} like ${pattern} escape '\\'`,
        sql`${occupations.slug} like ${pattern} escape '\\'`,
        sql`${occupations.reading} like ${pattern} escape '\\'`,
        aliasHit,
      ),
    );
  }
  if (query.major) where.push(eq(major.name, query.major));
  if (query.status === "deleted") where.push(isNotNull(occupations.deletedAt));
  else {
    where.push(isNull(occupations.deletedAt));
    if (query.status === "draft") where.push(eq(occupations.status, "draft"));
    if (query.status === "published") where.push(eq(occupations.status, "published"));
    if (query.status === "changes") where.push(and(eq(occupations.status, "published"), isNotNull(occupations.draft)));
  }
  const filter = and(...where);
  const base = () =>
    db
      .select({
        id: occupations.id,
        slug: occupations.slug,
        name: occupations.name,
        reading: occupations.reading,
        major: major.name,
        status: occupations.status,
        draft: sql<number>`${occupations.draft} is not null`,
        deletedAt: occupations.deletedAt,
        updatedAt: occupations.updatedAt,
      })
      .from(occupations)
      .innerJoin(minor, eq(minor.id, occupations.minorId))
      .innerJoin(middle, eq(middle.id, minor.parentId))
      .innerJoin(major, eq(major.id, middle.parentId))
      .where(filter);
  const total = (
    await db
      .select({ n: sql<number>`count(*)` })
      .from(occupations)
      .innerJoin(minor, eq(minor.id, occupations.minorId))
      .innerJoin(middle, eq(middle.id, minor.parentId))
      .innerJoin(major, eq(major.id, middle.parentId))
      .where(filter)
      .limit(1)
  )[0]!.n;
  const order =
    query.sort === "name" ? [asc(occupations.nameKey), asc(occupations.id)] : [desc(occupations.updatedAt), desc(occupations.id)];
  const rows = await base()
    .orderBy(...order)
    .limit(ADMIN_PAGE_SIZE)
    .offset((query.page - 1) * ADMIN_PAGE_SIZE);
  return {
    total,
    pageSize: ADMIN_PAGE_SIZE,
    rows: rows.map(({ draft, deletedAt, ...r }) => ({ ...r, hasDraft: !!draft, deleted: deletedAt !== null })),
  };
}

/** Names of the Major tiers, for the list's filter. */
export async function listMajorNames(): Promise<string[]> {
  return (
    await db
      .select({ name: classifications.name })
      .from(classifications)
      .where(eq(classifications.level, 1))
      .orderBy(asc(classifications.name))
  ).map((r) => r.name);
}
