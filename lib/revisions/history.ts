import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { db } from "@/db/index";
import { revisions, users } from "@/db/schema";
import type { ProfileContent } from "@/lib/occupations/schema";

export type RevisionRow = { version: number; status: "draft" | "published"; author: string; message: string; createdAt: string };

/** Every revision of one profile, newest first, with its author's email. */
export async function listRevisions(occupationId: number): Promise<RevisionRow[]> {
  return (
    await db
      .select({
        version: revisions.version,
        status: revisions.status,
        author: users.email,
        message: revisions.message,
        createdAt: revisions.createdAt,
      })
      .from(revisions)
      .leftJoin(users, eq(users.id, revisions.authorId))
      .where(eq(revisions.occupationId, occupationId))
      .orderBy(desc(revisions.version), desc(revisions.id))
  ).map((r) => ({ ...r, author: r.author ?? "(import or removed user)" }));
}

/** The full content saved at one version, or undefined when there is no such revision. */
export async function getRevisionContent(occupationId: number, version: number): Promise<ProfileContent | undefined> {
  const row = (
    await db
      .select({ snapshot: revisions.snapshot })
      .from(revisions)
      .where(and(eq(revisions.occupationId, occupationId), eq(revisions.version, version)))
      .orderBy(desc(revisions.id))
      .limit(1)
  )[0];
  return row ? (JSON.parse(row.snapshot) as ProfileContent) : undefined;
}
