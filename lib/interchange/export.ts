import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { db } from "@/db/index";
import { classifications, occupations } from "@/db/schema";
import { readStored } from "@/lib/occupations/read";
import type { Profile, ProfileContent } from "@/lib/occupations/schema";
import { exportLinkResolver, withExportLinks } from "./export-links";

export type ExportFilter = { all?: boolean; major?: string; slugs?: string[]; onProgress?: (done: number, total: number) => void };

/** Profiles to export, by name: published ones (or every live one with `all`, drafts as edited). */
export async function listExportProfiles(filter: ExportFilter = {}): Promise<Profile[]> {
  const minor = alias(classifications, "minor");
  const middle = alias(classifications, "middle");
  const major = alias(classifications, "major");
  const conditions = [isNull(occupations.deletedAt)];
  if (!filter.all) conditions.push(eq(occupations.status, "published"));
  if (filter.slugs?.length) conditions.push(inArray(occupations.slug, filter.slugs));
  if (filter.major) conditions.push(eq(major.name, filter.major));
  const ids = await db
    .select({ id: occupations.id })
    .from(occupations)
    .innerJoin(minor, eq(minor.id, occupations.minorId))
    .innerJoin(middle, eq(middle.id, minor.parentId))
    .innerJoin(major, eq(major.id, middle.parentId))
    .where(and(...conditions))
    .orderBy(asc(occupations.slug));
  const out: Profile[] = [];
  const resolve = await exportLinkResolver(!!filter.all);
  for (const { id } of ids) {
    const s = await readStored(db, id);
    if (!s) continue;
    const content: ProfileContent = filter.all && s.draft ? { ...JSON.parse(s.draft) } : s.content;
    out.push(
      withExportLinks({ slug: s.slug, ...content, status: s.meta.status, version: s.meta.version, updatedAt: s.meta.updatedAt }, resolve),
    );
    filter.onProgress?.(out.length, ids.length);
  }
  return out;
}
