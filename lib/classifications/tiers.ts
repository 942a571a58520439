import "server-only";
import { and, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { classifications } from "@/db/schema";
import type { Db } from "@/db/index";
import { recordTags } from "@/lib/cache/invalidation";
import { TAGS, tierTagsOf } from "@/lib/cache/tags";
import { slugFor } from "@/lib/occupations/slug";

type Tx = Pick<Db, "select" | "insert" | "update" | "delete">;

const majorTier = alias(classifications, "major");
const middleTier = alias(classifications, "middle");
const minorTier = alias(classifications, "minor");

export type TierPath = { major: string; middle: string; minor: string };

async function ensureTier(tx: Tx, level: number, parentId: number | null, name: string): Promise<number> {
  const parentKey = parentId ?? 0;
  const found = (
    await tx
      .select({ id: classifications.id })
      .from(classifications)
      .where(and(eq(classifications.parentKey, parentKey), eq(classifications.name, name)))
      .limit(1)
  )[0];
  if (found) return found.id;
  const base = slugFor(name);
  let slug = base;
  for (let n = 2; ; n++) {
    const clash = (
      await tx
        .select({ id: classifications.id })
        .from(classifications)
        .where(and(eq(classifications.parentKey, parentKey), eq(classifications.slug, slug)))
        .limit(1)
    )[0];
    if (!clash) break;
    slug = `${base}-${n}`;
  }
  return (await tx.insert(classifications).values({ level, parentId, parentKey, name, slug }).returning({ id: classifications.id }))[0].id;
}

/** The Minor tier's id for a Major → Middle → Minor path, creating missing entries. */
export async function ensureTierPath(tx: Tx, path: TierPath): Promise<number> {
  // The usual case, every tier already there, in one query instead of three.
  const found = (
    await tx
      .select({ id: minorTier.id })
      .from(majorTier)
      .innerJoin(middleTier, and(eq(middleTier.parentKey, majorTier.id), eq(middleTier.name, path.middle)))
      .innerJoin(minorTier, and(eq(minorTier.parentKey, middleTier.id), eq(minorTier.name, path.minor)))
      .where(and(eq(majorTier.parentKey, 0), eq(majorTier.name, path.major)))
      .limit(1)
  )[0];
  if (found) return found.id;
  // New entries show on the browse pages (empty tiers are listed too), even under a draft.
  const major = await ensureTier(tx, 1, null, path.major);
  const middle = await ensureTier(tx, 2, major, path.middle);
  const minor = await ensureTier(tx, 3, middle, path.minor);
  const slugs: string[] = [];
  for (const id of [major, middle, minor])
    slugs.push((await tx.select({ slug: classifications.slug }).from(classifications).where(eq(classifications.id, id)).limit(1))[0]!.slug);
  await recordTags(tx, [TAGS.browse, TAGS.home, ...tierTagsOf(slugs.join("/"))]);
  return minor;
}
