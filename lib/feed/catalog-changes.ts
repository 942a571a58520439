import "server-only";
import { and, desc, eq, lt, or, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { db } from "@/db/index";
import { auditLog, classifications, occupations, revisions } from "@/db/schema";
import type { ProfileContent } from "@/lib/occupations/schema";
import { formatChangeSummary } from "@/i18n/change-summary";
import { changeSummaryWords } from "@/i18n/translator";
import { summariseChange } from "@/lib/revisions/change-summary";
import { changedFields } from "@/lib/revisions/diff";

export const FEED_SIZE = 50;

/** One public change: a profile published for the first time, a new published version, or a removal. */
export type CatalogChange = {
  kind: "new" | "updated" | "removed";
  /** Stable and unique: the revision or audit row it comes from. */
  key: string;
  slug: string;
  name: string;
  version: number | null;
  at: string;
  summary: string;
};

const minor = alias(classifications, "feed_minor");
const middle = alias(classifications, "feed_middle");

/** The id of a Major tier by slug, or undefined. */
export async function majorTierId(slug: string): Promise<number | undefined> {
  const [row] = await db
    .select({ id: classifications.id })
    .from(classifications)
    .where(and(eq(classifications.parentKey, 0), eq(classifications.slug, slug)));
  return row?.id;
}

/** Published revisions, newest first; more than the feed shows, as some change no content and are skipped. */
async function publishedRevisions(majorId: number | undefined, limit: number) {
  const base = db
    .select({
      id: revisions.id,
      occupationId: revisions.occupationId,
      version: revisions.version,
      createdAt: revisions.createdAt,
      snapshot: revisions.snapshot,
      slug: occupations.slug,
    })
    .from(revisions)
    .innerJoin(occupations, eq(occupations.id, revisions.occupationId));
  const published = eq(revisions.status, "published");
  const rows =
    majorId === undefined
      ? await base.where(published).orderBy(desc(revisions.createdAt), desc(revisions.id)).limit(limit)
      : await base
          .innerJoin(minor, eq(minor.id, occupations.minorId))
          .innerJoin(middle, eq(middle.id, minor.parentId))
          .where(and(published, eq(middle.parentId, majorId)))
          .orderBy(desc(revisions.createdAt), desc(revisions.id))
          .limit(limit);
  return rows;
}

/** The published content before `version` (undefined when `version` was the first published one). */
async function previousPublished(occupationId: number, version: number): Promise<ProfileContent | undefined> {
  const [row] = await db
    .select({ snapshot: revisions.snapshot })
    .from(revisions)
    .where(and(eq(revisions.occupationId, occupationId), eq(revisions.status, "published"), lt(revisions.version, version)))
    .orderBy(desc(revisions.version), desc(revisions.id))
    .limit(1);
  return row ? (JSON.parse(row.snapshot) as ProfileContent) : undefined;
}

/**
 * Removals of published profiles, from the audit log: unpublishing (recorded only for a published
 * profile) and deleting one that was published (its entry's detail says "published").
 */
async function removals(majorId: number | undefined, limit: number) {
  const removal = or(
    eq(auditLog.action, "occupation.unpublish"),
    and(eq(auditLog.action, "occupation.delete"), eq(auditLog.detail, "published")),
  ) as SQL;
  const base = db
    .select({ id: auditLog.id, slug: auditLog.target, createdAt: auditLog.createdAt, name: occupations.name })
    .from(auditLog)
    .leftJoin(occupations, eq(occupations.slug, auditLog.target));
  if (majorId === undefined) return base.where(removal).orderBy(desc(auditLog.createdAt), desc(auditLog.id)).limit(limit);
  return base
    .innerJoin(minor, eq(minor.id, occupations.minorId))
    .innerJoin(middle, eq(middle.id, minor.parentId))
    .where(and(removal, eq(middle.parentId, majorId)))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(limit);
}

/** The latest public changes across the catalog, or within one Major tier, newest first. */
export async function listCatalogChanges(opts: { majorId?: number; limit?: number } = {}): Promise<CatalogChange[]> {
  const limit = opts.limit ?? FEED_SIZE;
  const out: CatalogChange[] = [];
  for (const r of await publishedRevisions(opts.majorId, limit * 3)) {
    const content = JSON.parse(r.snapshot) as ProfileContent;
    const before = await previousPublished(r.occupationId, r.version);
    if (before && changedFields(before, content).size === 0) continue;
    out.push({
      kind: before ? "updated" : "new",
      key: `revision:${r.id}`,
      slug: r.slug,
      name: content.name,
      version: r.version,
      at: r.createdAt,
      summary: formatChangeSummary(summariseChange(before, content), changeSummaryWords("en")),
    });
  }
  for (const a of await removals(opts.majorId, limit)) {
    out.push({
      kind: "removed",
      key: `removal:${a.id}`,
      slug: a.slug,
      name: a.name ?? a.slug,
      version: null,
      at: a.createdAt,
      summary: "Removed from the catalog.",
    });
  }
  return out.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)).slice(0, limit);
}
