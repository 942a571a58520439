import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/index";
import { occupations } from "@/db/schema";
import { updateOccupation, type Actor } from "./edit";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { nameKey } from "./name-key";
import { editableContent } from "./write";
import { LIST_MAX } from "./schema";

export type ReverseLinkOutcome = {
  slug: string;
  name: string;
  result: "added" | "already" | "failed";
  published?: boolean;
  /** Why it failed: no such live profile, its related jobs are full, or it changed or went meanwhile. */
  reason?: "notFound" | "full" | "changed";
};

/**
 * Add `name` to the related jobs of each profile in `slugs`, each through updateOccupation so its
 * own rules hold: a published profile with no pending edits goes public with the link only when
 * `publish` is set; otherwise the link waits in that profile's draft. One failure does not undo
 * the others or the caller's save; each outcome is reported.
 */
export async function addReverseLinks(
  name: string,
  slugs: string[],
  opts: { publish: boolean; actor: Actor },
): Promise<ReverseLinkOutcome[]> {
  const out: ReverseLinkOutcome[] = [];
  for (const slug of [...new Set(slugs)]) {
    const row = (
      await db
        .select({
          id: occupations.id,
          name: occupations.name,
          version: occupations.version,
          status: occupations.status,
          draft: occupations.draft,
          deletedAt: occupations.deletedAt,
        })
        .from(occupations)
        .where(eq(occupations.slug, slug))
        .limit(1)
    )[0];
    if (!row || row.deletedAt) {
      out.push({ slug, name: slug, result: "failed", reason: "notFound" });
      continue;
    }
    const content = (await editableContent(db, row.id))!;
    if (content.relatedJobs.some((r) => nameKey(r.name) === nameKey(name))) {
      out.push({ slug, name: content.name, result: "already" });
      continue;
    }
    if (content.relatedJobs.length >= LIST_MAX) {
      out.push({ slug, name: content.name, result: "failed", reason: "full" });
      continue;
    }
    const publish = opts.publish && row.status === "published" && row.draft === null;
    try {
      await updateOccupation(
        row.id,
        { ...content, relatedJobs: [...content.relatedJobs, { name, slug: null }] },
        {
          expectedVersion: row.version,
          publish,
          actor: opts.actor,
          message: `Related job "${name}" added from that profile`,
        },
      );
      out.push({ slug, name: content.name, result: "added", published: publish });
    } catch (e) {
      if (e instanceof ConflictError || e instanceof NotFoundError)
        out.push({ slug, name: content.name, result: "failed", reason: "changed" });
      else throw e;
    }
  }
  return out;
}
