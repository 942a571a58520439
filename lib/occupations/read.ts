import "server-only";
import { cache } from "react";
import { and, asc, eq, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { db, dialect, type Db } from "@/db/index";
import { classifications, occupationLinks, occupations } from "@/db/schema";
import { readListRows, type AptitudeRow, type TermRow } from "./list-rows";
import { readStoredPg } from "./read-pg";
import type { Profile, ProfileContent } from "./schema";

type Reader = Pick<Db, "select">;

const major = alias(classifications, "major");
const middle = alias(classifications, "middle");
const minor = alias(classifications, "minor");

export type TierRef = { name: string; slug: string };
export type ProfileMeta = {
  id: number;
  status: "draft" | "published";
  version: number;
  createdAt: string;
  updatedAt: string;
  hasDraft: boolean;
  deleted: boolean;
  tiers: { major: TierRef; middle: TierRef; minor: TierRef };
};

/** The row readStored reads: the profile's columns and its tier path. */
export type StoredRow = {
  id: number;
  slug: string;
  name: string;
  reading: string;
  industry: string;
  summary: string;
  description: string;
  futureOutlook: string;
  workStyle: string;
  status: "draft" | "published";
  version: number;
  draft: string | null;
  source: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  majorName: string;
  majorSlug: string;
  middleName: string;
  middleSlug: string;
  minorName: string;
  minorSlug: string;
};
/** A career path or related-job link, with the slug of its target when that is published and live. */
export type LinkRow = { list: "career" | "related"; name: string; slug: string | null };
export type Stored = { content: ProfileContent; slug: string; meta: ProfileMeta; draft: string | null };
/** What readStored reads of a profile, before it is put together (read-pg.ts reads the same in one statement). */
export type StoredParts = { row: StoredRow; terms: TermRow[]; aptitudes: AptitudeRow[]; links: LinkRow[] };

/**
 * The stored columns of one profile in a fixed number of queries (row, terms, aptitudes, links; one
 * statement on PostgreSQL, read-pg.ts). Link slugs are given only for targets that are published and not deleted.
 */
export async function readStored(tx: Db, id: number): Promise<Stored | undefined> {
  if (dialect === "pg") {
    const read = await readStoredPg(tx, { id });
    return read && assemble(read);
  }
  const row: StoredRow | undefined = (
    await tx
      .select({
        id: occupations.id,
        slug: occupations.slug,
        name: occupations.name,
        reading: occupations.reading,
        industry: occupations.industry,
        summary: occupations.summary,
        description: occupations.description,
        futureOutlook: occupations.futureOutlook,
        workStyle: occupations.workStyle,
        status: occupations.status,
        version: occupations.version,
        draft: occupations.draft,
        source: occupations.source,
        createdAt: occupations.createdAt,
        updatedAt: occupations.updatedAt,
        deletedAt: occupations.deletedAt,
        majorName: major.name,
        majorSlug: major.slug,
        middleName: middle.name,
        middleSlug: middle.slug,
        minorName: minor.name,
        minorSlug: minor.slug,
      })
      .from(occupations)
      .innerJoin(minor, eq(minor.id, occupations.minorId))
      .innerJoin(middle, eq(middle.id, minor.parentId))
      .innerJoin(major, eq(major.id, middle.parentId))
      .where(eq(occupations.id, id))
      .limit(1)
  )[0];
  if (!row) return undefined;

  const { terms, aptitudes } = await readListRows(tx, [id]);
  const target = alias(occupations, "target");
  const links = await tx
    .select({ list: occupationLinks.list, name: occupationLinks.name, slug: target.slug })
    .from(occupationLinks)
    .leftJoin(target, and(eq(target.id, occupationLinks.targetId), eq(target.status, "published"), isNull(target.deletedAt)))
    .where(eq(occupationLinks.occupationId, id))
    .orderBy(asc(occupationLinks.list), asc(occupationLinks.position));
  return assemble({ row, terms, aptitudes, links });
}

/** A profile's content and metadata from its row and ordered list rows (the same on both stores). */
function assemble({ row, terms, aptitudes, links }: StoredParts): Stored {
  const termList = (list: string) => terms.filter((t) => t.list === list).map((t) => t.value);
  const linkList = (list: string) => links.filter((l) => l.list === list).map((l) => ({ name: l.name, slug: l.slug ?? null }));
  const aptList = (kind: string) => aptitudes.filter((a) => a.kind === kind).map((a) => ({ item: a.item, reason: a.reason }));

  const content: ProfileContent = {
    name: row.name,
    reading: row.reading,
    industry: row.industry,
    classification: { major: row.majorName, middle: row.middleName, minor: row.minorName },
    summary: row.summary,
    description: row.description,
    futureOutlook: row.futureOutlook,
    personalityTraits: termList("trait"),
    workStyle: row.workStyle,
    careerPath: linkList("career"),
    requiredSkills: termList("required_skill"),
    recommendedSkills: termList("recommended_skill"),
    aptitudes: { strengths: aptList("strength"), weaknesses: aptList("weakness") },
    aliases: termList("alias"),
    relatedJobs: linkList("related"),
    source: row.source ? JSON.parse(row.source) : null,
  };
  return {
    content,
    slug: row.slug,
    draft: row.draft,
    meta: {
      id: row.id,
      status: row.status,
      version: row.version,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      hasDraft: row.draft !== null,
      deleted: row.deletedAt !== null,
      tiers: {
        major: { name: row.majorName, slug: row.majorSlug },
        middle: { name: row.middleName, slug: row.middleSlug },
        minor: { name: row.minorName, slug: row.minorSlug },
      },
    },
  };
}

export type PublicProfile = { profile: Profile; meta: ProfileMeta };

/** A published, live profile by slug: one statement on PostgreSQL, the id then readStored on SQLite. */
async function readPublished(slug: string): Promise<Stored | undefined> {
  if (dialect === "pg") {
    const read = await readStoredPg(db, { publishedSlug: slug });
    return read && assemble(read);
  }
  const id = await idBySlug(db, slug);
  return id === undefined ? undefined : readStored(db, id);
}

async function idBySlug(tx: Reader, slug: string) {
  return (
    await tx
      .select({ id: occupations.id })
      .from(occupations)
      .where(and(eq(occupations.slug, slug), eq(occupations.status, "published"), isNull(occupations.deletedAt)))
      .limit(1)
  )[0]?.id;
}

/** A published profile as the public sees it (drafts of it stay hidden). */
// cache(): a page's metadata and body ask for the same profile in one request; read it once.
export const getPublishedOccupation = cache(async (slug: string): Promise<PublicProfile | undefined> => {
  const stored = await readPublished(slug);
  if (!stored) return undefined;
  return {
    profile: { slug: stored.slug, ...stored.content, status: "published", version: stored.meta.version, updatedAt: stored.meta.updatedAt },
    meta: stored.meta,
  };
});
