import "server-only";
import { cache } from "react";
import { and, asc, desc, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { db } from "@/db/index";
import { classifications, occupations } from "@/db/schema";
import { tierColumns } from "./tier-tree";

export type TierNode = { id: number; level: number; name: string; slug: string; count: number; children: TierNode[] };
export type TierCrumb = { name: string; slug: string };

const published = and(eq(occupations.status, "published"), isNull(occupations.deletedAt));

/** Every tier with the number of published profiles under it (empty tiers included, with 0). */
// cache(): a browse page's metadata and body both walk the tree; build it once per request.
export const getTierTree = cache(async (): Promise<TierNode[]> => {
  const rows = await db.select(tierColumns).from(classifications).orderBy(asc(classifications.level), asc(classifications.name));
  const counts = new Map(
    (
      await db
        .select({ minorId: occupations.minorId, n: sql<number>`count(*)` })
        .from(occupations)
        .where(published)
        .groupBy(occupations.minorId)
    ).map((r) => [r.minorId, r.n]),
  );
  const nodes = new Map<number, TierNode & { parentId: number | null }>();
  for (const r of rows) nodes.set(r.id, { ...r, count: r.level === 3 ? (counts.get(r.id) ?? 0) : 0, children: [] });
  const roots: TierNode[] = [];
  for (const level of [3, 2, 1]) {
    for (const n of nodes.values()) {
      if (n.level !== level) continue;
      const parent = n.parentId === null ? undefined : nodes.get(n.parentId);
      if (parent) {
        parent.count += n.count;
        parent.children.unshift(n);
      } else if (level === 1) roots.unshift(n);
    }
  }
  const strip = (n: TierNode & { parentId?: number | null }): TierNode => ({
    id: n.id,
    level: n.level,
    name: n.name,
    slug: n.slug,
    count: n.count,
    children: n.children.sort((a, b) => a.name.localeCompare(b.name)).map(strip),
  });
  return roots.sort((a, b) => a.name.localeCompare(b.name)).map(strip);
});

/** Only the tiers with published profiles under them: what the public may see (a tier used only by drafts or deleted profiles stays hidden). */
export function publishedOnly(tree: TierNode[]): TierNode[] {
  return tree.filter((n) => n.count > 0).map((n) => ({ ...n, children: publishedOnly(n.children) }));
}

/** The public tier tree: every tier with at least one published profile, with its count. */
export const getPublicTierTree = cache(async (): Promise<TierNode[]> => publishedOnly(await getTierTree()));

/** The public tiers named by a browse URL, or undefined when any slug is unknown or has nothing published. */
export async function findTierPath(slugs: string[]): Promise<{ nodes: TierNode[]; crumbs: TierCrumb[] } | undefined> {
  const tree = await getPublicTierTree();
  const nodes: TierNode[] = [];
  let level = tree;
  for (const slug of slugs) {
    const node = level.find((n) => n.slug === slug);
    if (!node) return undefined;
    nodes.push(node);
    level = node.children;
  }
  return { nodes, crumbs: nodes.map((n) => ({ name: n.name, slug: n.slug })) };
}

export type OccupationListItem = { slug: string; name: string; reading: string; summary: string };

export type ListOrder = "name" | "reading";

// Japanese collation of kana readings (gojūon order, voiced and small kana next to their base).
const japaneseOrder = new Intl.Collator("ja");

/** Readings in Japanese collation; profiles without a reading follow, by name. */
export function compareByReading(a: { name: string; reading: string }, b: { name: string; reading: string }): number {
  if (!a.reading !== !b.reading) return a.reading ? -1 : 1;
  return japaneseOrder.compare(a.reading, b.reading) || a.name.localeCompare(b.name, "en");
}

/**
 * Published profiles of one Minor tier, a page at a time: by name, or (Japanese pages) by reading.
 * SQL cannot sort in Japanese collation portably, so the reading order sorts the tier's rows here;
 * a Minor tier holds at most a few hundred profiles.
 */
export async function listOccupationsInMinor(
  minorId: number,
  limit = 60,
  offset = 0,
  order: ListOrder = "name",
): Promise<OccupationListItem[]> {
  const rows = db
    .select({ slug: occupations.slug, name: occupations.name, reading: occupations.reading, summary: occupations.summary })
    .from(occupations)
    .where(and(eq(occupations.minorId, minorId), published))
    .orderBy(asc(occupations.name));
  if (order === "reading") return (await rows).sort(compareByReading).slice(offset, offset + limit);
  return await rows.limit(limit).offset(offset);
}

/**
 * The first `limit` published profiles of each of these Minor tiers (a Middle tier's page), in one
 * statement whatever their number: by name through a window over each tier, or (Japanese pages)
 * every row of the tiers sorted here, as listOccupationsInMinor does for one.
 */
export async function listPreviewsInMinors(
  minorIds: number[],
  limit: number,
  order: ListOrder = "name",
): Promise<Map<number, OccupationListItem[]>> {
  const byMinor = new Map<number, OccupationListItem[]>(minorIds.map((id) => [id, []]));
  if (!minorIds.length) return byMinor;
  const columns = {
    minorId: occupations.minorId,
    slug: occupations.slug,
    name: occupations.name,
    reading: occupations.reading,
    summary: occupations.summary,
  };
  const inTiers = and(inArray(occupations.minorId, minorIds), published);
  const rows =
    order === "reading"
      ? await db.select(columns).from(occupations).where(inTiers)
      : await (() => {
          const ranked = db
            .select({
              ...columns,
              n: sql<number>`row_number() over (partition by ${occupations.minorId} order by ${occupations.name})`.as("n"),
            })
            .from(occupations)
            .where(inTiers)
            .as("ranked");
          return db
            .select({ minorId: ranked.minorId, slug: ranked.slug, name: ranked.name, reading: ranked.reading, summary: ranked.summary })
            .from(ranked)
            .where(lte(ranked.n, limit))
            .orderBy(asc(ranked.minorId), asc(ranked.n));
        })();
  for (const { minorId, ...item } of rows) byMinor.get(minorId)?.push(item);
  if (order === "reading") for (const [id, items] of byMinor) byMinor.set(id, items.sort(compareByReading).slice(0, limit));
  return byMinor;
}

export type RecentItem = OccupationListItem & { updatedAt: string; major: string };

/** The most recently updated published profiles. */
export async function listRecentlyUpdated(limit = 8): Promise<RecentItem[]> {
  const minor = alias(classifications, "minor");
  const middle = alias(classifications, "middle");
  const major = alias(classifications, "major");
  return await db
    .select({
      slug: occupations.slug,
      name: occupations.name,
      reading: occupations.reading,
      summary: occupations.summary,
      updatedAt: occupations.updatedAt,
      major: major.name,
    })
    .from(occupations)
    .innerJoin(minor, eq(minor.id, occupations.minorId))
    .innerJoin(middle, eq(middle.id, minor.parentId))
    .innerJoin(major, eq(major.id, middle.parentId))
    .where(published)
    .orderBy(desc(occupations.updatedAt), asc(occupations.name))
    .limit(limit);
}

/** Every published profile's slug and last update, for the sitemap. */
export async function listPublishedSlugs(): Promise<{ slug: string; updatedAt: string }[]> {
  return await db
    .select({ slug: occupations.slug, updatedAt: occupations.updatedAt })
    .from(occupations)
    .where(published)
    .orderBy(asc(occupations.slug));
}
