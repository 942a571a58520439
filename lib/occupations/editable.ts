import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { db } from "@/db/index";
import { classifications, occupationTerms, occupations } from "@/db/schema";
import { nameKey } from "./name-key";
import { readStored, type ProfileMeta } from "./read";
import type { Profile, ProfileContent } from "./schema";
import { slugFor } from "./slug";

export type EditableOccupation = {
  id: number;
  slug: string;
  /** What an editor works on: the pending draft of a published profile, or the stored content. */
  content: ProfileContent;
  meta: ProfileMeta;
};

/** A profile as the editor sees it (deleted ones included, flagged in meta). */
export async function getEditableOccupation(id: number): Promise<EditableOccupation | undefined> {
  const stored = await readStored(db, id);
  if (!stored) return undefined;
  const content = stored.draft ? (JSON.parse(stored.draft) as ProfileContent) : stored.content;
  return { id, slug: stored.slug, content, meta: stored.meta };
}

/** Slugs of the published, live profiles these link names point to (by name, then alias). */
async function publishedSlugsByName(names: string[]): Promise<Map<string, string>> {
  const keys = [...new Set(names.map(nameKey))];
  const out = new Map<string, string>();
  if (!keys.length) return out;
  const live = and(eq(occupations.status, "published"), isNull(occupations.deletedAt));
  for (const r of await db
    .select({ key: occupations.nameKey, slug: occupations.slug })
    .from(occupations)
    .where(and(live, inArray(occupations.nameKey, keys)))
    .orderBy(occupations.id)) {
    if (!out.has(r.key)) out.set(r.key, r.slug);
  }
  const rest = keys.filter((k) => !out.has(k));
  if (rest.length) {
    const rows = await db
      .select({ key: occupationTerms.valueKey, slug: occupations.slug })
      .from(occupationTerms)
      .innerJoin(occupations, eq(occupations.id, occupationTerms.occupationId))
      .where(and(live, eq(occupationTerms.list, "alias"), inArray(occupationTerms.valueKey, rest)))
      .orderBy(occupations.id);
    for (const r of rows) if (!out.has(r.key)) out.set(r.key, r.slug);
  }
  return out;
}

/**
 * The editable content shaped exactly as the public page would get it once published: links to
 * published profiles carry their slug, tiers their slug (a tier to be created gets the slug it will have).
 */
export async function previewProfile(occ: EditableOccupation): Promise<{ profile: Profile; meta: ProfileMeta }> {
  const c = occ.content;
  const slugs = await publishedSlugsByName([...c.careerPath, ...c.relatedJobs].map((l) => l.name));
  const link = (l: { name: string }) => ({ name: l.name, slug: slugs.get(nameKey(l.name)) ?? null });
  const tiers = await tierRefs(c.classification);
  return {
    profile: {
      ...c,
      careerPath: c.careerPath.map(link),
      relatedJobs: c.relatedJobs.map(link),
      slug: occ.slug,
      status: "published",
      version: occ.meta.version,
      updatedAt: occ.meta.updatedAt,
    },
    meta: { ...occ.meta, tiers },
  };
}

async function tierRefs(path: ProfileContent["classification"]): Promise<ProfileMeta["tiers"]> {
  const major = alias(classifications, "major");
  const middle = alias(classifications, "middle");
  const minor = alias(classifications, "minor");
  const found = (
    await db
      .select({ major: major.slug, middle: middle.slug, minor: minor.slug })
      .from(major)
      .leftJoin(middle, and(eq(middle.parentId, major.id), eq(middle.name, path.middle)))
      .leftJoin(minor, and(eq(minor.parentId, middle.id), eq(minor.name, path.minor)))
      .where(and(eq(major.level, 1), eq(major.name, path.major)))
      .limit(1)
  )[0];
  return {
    major: { name: path.major, slug: found?.major ?? slugFor(path.major) },
    middle: { name: path.middle, slug: found?.middle ?? slugFor(path.middle) },
    minor: { name: path.minor, slug: found?.minor ?? slugFor(path.minor) },
  };
}
