import "server-only";
import { and, asc, count, eq, isNull, lt, ne, or, sql } from "drizzle-orm";
import { db } from "@/db/index";
import { occupationLinks, occupations } from "@/db/schema";
import { EMPTY_SECTIONS, type EmptySectionKey } from "./empty-sections";
import { NOT_KANA_GLOB } from "./kana-glob";

/** How many items each list shows; the count above it is always the full number. */
export const QUALITY_LIST_LIMIT = 50;
export const STALE_DRAFT_DAYS = 30;
export const STALE_PUBLISHED_DAYS = 365;

export type QualityItem = { id: number; name: string; slug: string; detail?: string };
export type QualityList = { count: number; items: QualityItem[] };

const live = isNull(occupations.deletedAt);
const item = { id: occupations.id, name: occupations.name, slug: occupations.slug };
const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();

async function countWhere(where: ReturnType<typeof and>): Promise<number> {
  const [row] = await db.select({ n: count() }).from(occupations).where(where);
  return row?.n ?? 0;
}

/** Live profiles with no reading (an O*NET import or a card without one). */
export async function listMissingReadings(limit = QUALITY_LIST_LIMIT): Promise<QualityList> {
  const where = and(live, eq(occupations.reading, ""));
  const items = await db.select(item).from(occupations).where(where).orderBy(asc(occupations.reading), asc(occupations.id)).limit(limit);
  return { count: await countWhere(where), items };
}

/** Live profiles whose reading has a character that is not kana (the form refuses these; old or raw data may not). */
export async function listNonKanaReadings(limit = QUALITY_LIST_LIMIT): Promise<QualityList> {
  const where = and(live, ne(occupations.reading, ""), sql`${occupations.reading} GLOB ${NOT_KANA_GLOB}`);
  const rows = await db
    .select({ ...item, reading: occupations.reading })
    .from(occupations)
    .where(where)
    .orderBy(asc(occupations.reading), asc(occupations.id))
    .limit(limit);
  return { count: await countWhere(where), items: rows.map((r) => ({ id: r.id, name: r.name, slug: r.slug, detail: r.reading })) };
}

/** Per section, how many live profiles leave it empty: one pass over a small partial index. */
export async function countEmptySections(): Promise<Record<EmptySectionKey, number>> {
  const rows = await db
    .select({ mask: occupations.emptySections, n: count() })
    .from(occupations)
    .where(and(live, ne(occupations.emptySections, 0)))
    .groupBy(occupations.emptySections);
  const out = Object.fromEntries(EMPTY_SECTIONS.map((s) => [s.key, 0])) as Record<EmptySectionKey, number>;
  for (const { mask, n } of rows)
    EMPTY_SECTIONS.forEach((s, i) => {
      if (mask & (1 << i)) out[s.key] += n;
    });
  return out;
}

/** Live profiles leaving one section empty. */
export async function listEmptySection(key: EmptySectionKey, limit = QUALITY_LIST_LIMIT): Promise<QualityItem[]> {
  const bit = 1 << EMPTY_SECTIONS.findIndex((s) => s.key === key);
  return db
    .select(item)
    .from(occupations)
    .where(and(live, ne(occupations.emptySections, 0), sql`(${occupations.emptySections} & ${bit}) <> 0`))
    .limit(limit);
}

/**
 * Career-path steps and related jobs that name no profile (by name or alias). A career path names
 * its own profile as one step, which is not a link and is not counted. Most recently saved first.
 */
export async function listUnresolvedLinks(limit = QUALITY_LIST_LIMIT): Promise<QualityList> {
  const where = and(isNull(occupationLinks.targetId), live, ne(occupationLinks.nameKey, occupations.nameKey));
  const base = () =>
    db
      .select({ ...item, list: occupationLinks.list, link: occupationLinks.name })
      .from(occupationLinks)
      .innerJoin(occupations, eq(occupations.id, occupationLinks.occupationId));
  // Newest first: a save rewrites its profile's links, so the highest rowids are the latest edits,
  // and the target_id index yields them in that order without a sort.
  const rows = await base()
    .where(where)
    .orderBy(sql`occupation_links.rowid DESC`)
    .limit(limit);
  const [total] = await db
    .select({ n: count() })
    .from(occupationLinks)
    .innerJoin(occupations, eq(occupations.id, occupationLinks.occupationId))
    .where(where);
  return {
    count: total?.n ?? 0,
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      slug: r.slug,
      detail: `${r.list === "career" ? "Career path" : "Related job"}: ${r.link}`,
    })),
  };
}

/** Drafts, and published profiles with a pending edit, last saved more than 30 days ago (oldest first). */
export async function listStaleDrafts(now = new Date(), limit = QUALITY_LIST_LIMIT): Promise<QualityList> {
  const where = and(
    live,
    or(eq(occupations.status, "draft"), sql`${occupations.draft} IS NOT NULL`),
    lt(occupations.updatedAt, daysBefore(now, STALE_DRAFT_DAYS)),
  );
  const rows = await db
    .select({ ...item, updatedAt: occupations.updatedAt })
    .from(occupations)
    .where(where)
    .orderBy(asc(occupations.updatedAt))
    .limit(limit);
  return {
    count: await countWhere(where),
    items: rows.map((r) => ({ id: r.id, name: r.name, slug: r.slug, detail: `last saved ${r.updatedAt.slice(0, 10)}` })),
  };
}

/** Published profiles not updated for a year (oldest first). */
export async function listStalePublished(now = new Date(), limit = QUALITY_LIST_LIMIT): Promise<QualityList> {
  const where = and(eq(occupations.status, "published"), live, lt(occupations.updatedAt, daysBefore(now, STALE_PUBLISHED_DAYS)));
  const rows = await db
    .select({ ...item, updatedAt: occupations.updatedAt })
    .from(occupations)
    .where(where)
    .orderBy(asc(occupations.updatedAt))
    .limit(limit);
  return {
    count: await countWhere(where),
    items: rows.map((r) => ({ id: r.id, name: r.name, slug: r.slug, detail: `updated ${r.updatedAt.slice(0, 10)}` })),
  };
}
