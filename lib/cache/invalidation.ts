import "server-only";
import { dialect, exec, rows } from "@/db/index";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { cacheInvalidations, classifications, occupationLinks, occupations, publicFootprints } from "@/db/schema";
import type { WriteTx as Tx } from "@/db/index";
import { CATALOG_LIST_TAGS, TAGS, profileTag, tierTag, tierTagsOf } from "./tags";

/**
 * The one owner of "which public pages does this write change". Every write path calls in here
 * inside its transaction; the tags go to the outbox table (cache_invalidations) and every server
 * process expires them in its page cache (lib/cache/outbox-poller.ts). A draft save records nothing.
 */

/** The PostgreSQL channel a new outbox row is announced on. */
export const OUTBOX_CHANNEL = "catalog_outbox";

type Footprint = { slug: string; tierPath: string; isPublic: boolean };

const major = alias(classifications, "fp_major");
const middle = alias(classifications, "fp_middle");
const minor = alias(classifications, "fp_minor");

async function currentFootprint(tx: Tx, id: number): Promise<Footprint | undefined> {
  const row = (
    await tx
      .select({
        slug: occupations.slug,
        tierPath: sql<string>`${major.slug} || '/' || ${middle.slug} || '/' || ${minor.slug}`,
        status: occupations.status,
        deletedAt: occupations.deletedAt,
      })
      .from(occupations)
      .innerJoin(minor, eq(minor.id, occupations.minorId))
      .innerJoin(middle, eq(middle.id, minor.parentId))
      .innerJoin(major, eq(major.id, middle.parentId))
      .where(eq(occupations.id, id))
      .limit(1)
  )[0];
  return row && { slug: row.slug, tierPath: row.tierPath, isPublic: row.status === "published" && row.deletedAt === null };
}

/** Profiles whose related jobs or career path link to this one (their pages show its name and slug). */
export async function linkingProfileIds(tx: Tx, id: number): Promise<number[]> {
  return (
    await tx
      .select({ id: occupationLinks.occupationId })
      .from(occupationLinks)
      .where(eq(occupationLinks.targetId, id))
      .groupBy(occupationLinks.occupationId)
  ).map((r) => r.id);
}

async function publishedSlugs(tx: Tx, ids: number[]): Promise<string[]> {
  if (!ids.length) return [];
  return (
    await tx
      .select({ slug: occupations.slug })
      .from(occupations)
      .where(and(inArray(occupations.id, ids), eq(occupations.status, "published"), isNull(occupations.deletedAt)))
  ).map((r) => r.slug);
}

/** Key of the PostgreSQL advisory lock that orders outbox rows (see recordTags). */
const OUTBOX_LOCK = 72_616_935;

/** Queue tags for invalidation once this transaction commits. */
export async function recordTags(tx: Pick<Tx, "insert">, tags: Iterable<string>) {
  const list = [...new Set(tags)];
  if (!list.length) return;
  // The poller reads ids above the last it saw. On PostgreSQL, writers run concurrently and a
  // lower id could commit after a higher one has been read, and be skipped; this lock (held to
  // commit) makes outbox ids commit in order. SQLite already has one writer at a time.
  if (dialect === "pg") await exec(sql`select pg_advisory_xact_lock(${OUTBOX_LOCK})`, tx as Tx);
  await tx.insert(cacheInvalidations).values({ tags: list.join("\n") });
  // Delivered when this transaction commits: every server process applies the row at once
  // instead of at its next poll (lib/cache/outbox-poller.ts listens).
  if (dialect === "pg") await exec(sql`select pg_notify(${OUTBOX_CHANNEL}, '')`, tx as Tx);
}

/** The tags a change to one profile's public state invalidates (exported for the test table). */
export function profileChangeTags(before: Footprint | undefined, now: Footprint | undefined, linkingSlugs: string[]): string[] {
  if (!before?.isPublic && !now?.isPublic) return [];
  const tags = new Set<string>(CATALOG_LIST_TAGS);
  for (const f of [before, now]) {
    if (!f?.isPublic) continue;
    tags.add(profileTag(f.slug));
    for (const t of tierTagsOf(f.tierPath)) tags.add(t);
  }
  // The /browse index shows counts per Major: only a profile entering, leaving or moving changes it.
  if (before?.isPublic !== now?.isPublic || before?.tierPath !== now?.tierPath) tags.add(TAGS.browse);
  for (const slug of linkingSlugs) tags.add(profileTag(slug));
  return [...tags];
}

/**
 * After a profile's row changed (content, status, slug, tier or deletion): queue the tags of the
 * pages that showed it before and show it now, and remember what it looks like now.
 * `linkedBefore`: linkingProfileIds taken before links were re-resolved.
 */
export async function recordProfileChange(tx: Tx, id: number, linkedBefore: number[]) {
  const before = (await tx.select().from(publicFootprints).where(eq(publicFootprints.occupationId, id)).limit(1))[0];
  const now = await currentFootprint(tx, id);
  if (before?.isPublic || now?.isPublic) {
    // A linking page shows this profile's slug (and whether it links at all), not its text: it
    // changes when the slug or the public state does, or when the link itself appears or goes.
    const linkedNow = await linkingProfileIds(tx, id);
    const moved = before?.slug !== now?.slug || before?.isPublic !== now?.isPublic;
    const changedLinks = moved
      ? [...linkedBefore, ...linkedNow]
      : [...linkedBefore.filter((x) => !linkedNow.includes(x)), ...linkedNow.filter((x) => !linkedBefore.includes(x))];
    const linking = await publishedSlugs(
      tx,
      [...new Set(changedLinks)].filter((x) => x !== id),
    );
    await recordTags(tx, profileChangeTags(before, now, linking));
  }
  if (!now) return;
  await tx
    .insert(publicFootprints)
    .values({ occupationId: id, ...now })
    .onConflictDoUpdate({ target: publicFootprints.occupationId, set: now });
}

/**
 * After a bulk insert (generate, bulkInserter): profiles without a footprint are the new ones.
 * Their own pages were never cached; their tiers, the catalog lists and existing profiles whose
 * links now point at them change.
 */
export async function recordBulkInsert(tx: Tx) {
  const isFresh = (idColumn: string) => sql.raw(`NOT EXISTS (SELECT 1 FROM public_footprints f WHERE f.occupation_id = ${idColumn})`);
  const tiers = await rows<{ tierPath: string }>(
    sql`
    SELECT DISTINCT maj.slug || '/' || mid.slug || '/' || mnr.slug AS "tierPath"
    FROM occupations o
    JOIN classifications mnr ON mnr.id = o.minor_id
    JOIN classifications mid ON mid.id = mnr.parent_id
    JOIN classifications maj ON maj.id = mid.parent_id
    WHERE o.status = 'published' AND o.deleted_at IS NULL AND ${isFresh("o.id")}`,
    tx,
  );
  const linking = await rows<{ slug: string }>(
    sql`
    SELECT DISTINCT src.slug AS slug
    FROM occupation_links l
    JOIN occupations src ON src.id = l.occupation_id
    WHERE src.status = 'published' AND src.deleted_at IS NULL AND l.target_id IS NOT NULL AND ${isFresh("l.target_id")} AND NOT ${isFresh("l.occupation_id")}`,
    tx,
  );
  // is_public: the bare comparison is 0/1 on SQLite and a boolean on PostgreSQL, as the column is on each.
  await exec(
    sql`
    INSERT INTO public_footprints (occupation_id, slug, tier_path, is_public)
    SELECT o.id, o.slug, maj.slug || '/' || mid.slug || '/' || mnr.slug, (o.status = 'published' AND o.deleted_at IS NULL)
    FROM occupations o
    JOIN classifications mnr ON mnr.id = o.minor_id
    JOIN classifications mid ON mid.id = mnr.parent_id
    JOIN classifications maj ON maj.id = mid.parent_id
    WHERE ${isFresh("o.id")}`,
    tx,
  );
  if (tiers.length || linking.length)
    await recordTags(tx, [
      ...CATALOG_LIST_TAGS,
      TAGS.browse,
      ...tiers.flatMap((t) => tierTagsOf(t.tierPath)),
      ...linking.map((r) => profileTag(r.slug)),
    ]);
}

type TierShape = { path: string; name: string; parentId: number | null };

/** Every tier's slug path and name, to compare before and after a change to the tree. */
export async function tierSnapshot(tx: Pick<Tx, "select">): Promise<Map<number, TierShape>> {
  const rows = await tx
    .select({ id: classifications.id, parentId: classifications.parentId, name: classifications.name, slug: classifications.slug })
    .from(classifications);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const pathOf = (id: number | null): string => {
    const r = id === null ? undefined : byId.get(id);
    return r ? (r.parentId === null ? r.slug : `${pathOf(r.parentId)}/${r.slug}`) : "";
  };
  return new Map(rows.map((r) => [r.id, { path: pathOf(r.id), name: r.name, parentId: r.parentId }]));
}

/**
 * After a change to the classification tree (add, rename, move, merge, delete; empty tiers are
 * listed with 0): each changed entry's page at its old and new path, and the pages listing it
 * (its parents, or /browse and the home page for a Major). Profiles under moved entries are
 * recorded one by one by recordProfileChange.
 */
export async function recordTierChange(tx: Tx, before: Map<number, TierShape>, after: Map<number, TierShape>) {
  const tags = new Set<string>();
  const parentPath = (p: string) => p.split("/").slice(0, -1).join("/");
  const touch = (t: TierShape) => {
    tags.add(tierTag(t.path));
    const parent = parentPath(t.path);
    if (parent) tierTagsOf(parent).forEach((x) => tags.add(x));
    else tags.add(TAGS.home);
    tags.add(TAGS.browse);
  };
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(id);
    const b = after.get(id);
    if (a && b && a.path === b.path && a.name === b.name && a.parentId === b.parentId) continue;
    if (a) touch(a);
    if (b) touch(b);
  }
  await recordTags(tx, tags);
}
