import "server-only";
import { and, asc, desc, eq, isNull } from "drizzle-orm";
import { db } from "@/db/index";
import { occupations, revisions } from "@/db/schema";
import type { ProfileContent } from "@/lib/occupations/schema";
import { summariseChange, type ChangeSummary } from "./change-summary";
import { changedFields } from "./diff";

/** A published version as the public may see it: no author, no drafts. */
export type PublishedVersion = { version: number; publishedAt: string; summary: ChangeSummary; note: string };

/**
 * Notes the system writes itself when an editor gives none: they say nothing a reader needs
 * (every listed version was published), so the public history leaves them out.
 */
const AUTOMATIC_NOTES = new Set([
  "published",
  "deleted",
  "renamed",
  "restored from deletion",
  "unpublished",
  "created over the API",
  "updated over the API",
  "import",
  "generated",
]);

/** The id of a live, published profile, or undefined (drafts and deleted profiles have no public history). */
export async function publishedOccupationId(slug: string): Promise<number | undefined> {
  const [row] = await db
    .select({ id: occupations.id })
    .from(occupations)
    .where(and(eq(occupations.slug, slug), eq(occupations.status, "published"), isNull(occupations.deletedAt)));
  return row?.id;
}

type PublishedRow = { version: number; createdAt: string; message: string; content: ProfileContent };

async function publishedRows(occupationId: number): Promise<PublishedRow[]> {
  const rows = await db
    .select({ version: revisions.version, createdAt: revisions.createdAt, message: revisions.message, snapshot: revisions.snapshot })
    .from(revisions)
    .where(and(eq(revisions.occupationId, occupationId), eq(revisions.status, "published")))
    .orderBy(asc(revisions.version), asc(revisions.id));
  return rows.map((r) => ({
    version: r.version,
    createdAt: r.createdAt,
    message: r.message,
    content: JSON.parse(r.snapshot) as ProfileContent,
  }));
}

/**
 * The published versions of one profile, newest first, each with a summary of what changed since
 * the previous published version. A published revision that changed no content (a delete, an
 * undelete or a rename is recorded as one) is not a new version for a reader and is left out.
 */
export async function listPublishedVersions(occupationId: number): Promise<PublishedVersion[]> {
  const out: PublishedVersion[] = [];
  let previous: ProfileContent | undefined;
  for (const r of await publishedRows(occupationId)) {
    if (previous && changedFields(previous, r.content).size === 0) continue;
    const note = AUTOMATIC_NOTES.has(r.message) ? "" : r.message;
    out.push({ version: r.version, publishedAt: r.createdAt, summary: summariseChange(previous, r.content), note });
    previous = r.content;
  }
  return out.reverse();
}

/** The content of one published version (undefined for a draft revision or an unknown version). */
export async function getPublishedVersionContent(occupationId: number, version: number): Promise<ProfileContent | undefined> {
  const [row] = await db
    .select({ snapshot: revisions.snapshot })
    .from(revisions)
    .where(and(eq(revisions.occupationId, occupationId), eq(revisions.version, version), eq(revisions.status, "published")))
    .orderBy(asc(revisions.id))
    .limit(1);
  return row ? (JSON.parse(row.snapshot) as ProfileContent) : undefined;
}

/** When the profile's current public text was published (its latest published revision). */
export async function lastPublishedAt(occupationId: number): Promise<string | undefined> {
  const [row] = await db
    .select({ createdAt: revisions.createdAt })
    .from(revisions)
    .where(and(eq(revisions.occupationId, occupationId), eq(revisions.status, "published")))
    .orderBy(desc(revisions.version))
    .limit(1);
  return row?.createdAt;
}
