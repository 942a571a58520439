import "server-only";
import { and, eq, isNull, ne } from "drizzle-orm";
import { db, writeTransaction } from "@/db/index";
import { occupations, revisions } from "@/db/schema";
import { addAudit } from "@/lib/audit/log";
import { afterOccupationWrite } from "./after-write";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/errors";
import type { ProfileContent } from "./schema";
import { nameTakenBy } from "./name-clash";
import { slugFor } from "./slug";
import { canonicalContent, editableContent, saveProfile } from "./write";
import type { WriteTx as Tx } from "@/db/index";

/** Who is making a change, for revisions and the audit log. */
export type Actor = { id: number | null; email: string };
export type EditResult = { id: number; slug: string; version: number; status: "draft" | "published"; changed: boolean };

type Row = { id: number; slug: string; status: "draft" | "published"; version: number; deletedAt: string | null; name: string };

async function getRow(tx: Tx, id: number): Promise<Row | undefined> {
  return (
    await tx
      .select({
        id: occupations.id,
        slug: occupations.slug,
        status: occupations.status,
        version: occupations.version,
        deletedAt: occupations.deletedAt,
        name: occupations.name,
      })
      .from(occupations)
      .where(eq(occupations.id, id))
      .limit(1)
  )[0];
}

async function liveRow(tx: Tx, id: number, expectedVersion?: number): Promise<Row> {
  const row = await getRow(tx, id);
  if (!row || row.deletedAt) throw new NotFoundError("occupation");
  if (expectedVersion !== undefined && row.version !== expectedVersion) {
    throw new ConflictError(
      `This profile was changed meanwhile (now version ${row.version}, you loaded version ${expectedVersion}).`,
      412,
      {
        key: "changedMeanwhile",
        values: { now: row.version, loaded: expectedVersion },
      },
    );
  }
  return row;
}

async function assertSlugFree(tx: Tx, slug: string, exceptId?: number) {
  const clash = (
    await tx
      .select({ id: occupations.id, name: occupations.name })
      .from(occupations)
      .where(exceptId ? and(eq(occupations.slug, slug), ne(occupations.id, exceptId)) : eq(occupations.slug, slug))
      .limit(1)
  )[0];
  if (clash)
    throw new InvalidInputError(
      "That slug is taken",
      { slug: `Already used by "${clash.name}"` },
      { message: { key: "slugClash" }, fields: { slug: { key: "slugTaken", values: { name: clash.name } } } },
    );
}

export async function idForSlug(slug: string, includeDeleted = false): Promise<number | undefined> {
  return (
    await db
      .select({ id: occupations.id })
      .from(occupations)
      .where(includeDeleted ? eq(occupations.slug, slug) : and(eq(occupations.slug, slug), isNull(occupations.deletedAt)))
      .limit(1)
  )[0]?.id;
}

/** A new profile; it starts as a draft unless `publish` is set. */
export async function createOccupation(
  content: ProfileContent,
  opts: { slug?: string; publish?: boolean; actor: Actor; message?: string },
): Promise<EditResult> {
  return await writeTransaction(async (tx) => {
    const slug = opts.slug || slugFor(content.name, content.reading);
    await assertSlugFree(tx, slug);
    const status = opts.publish ? "published" : "draft";
    const saved = await saveProfile(tx, content, { slug, status, authorId: opts.actor.id, message: opts.message });
    await addAudit(tx, { userId: opts.actor.id, actor: opts.actor.email, action: "occupation.create", target: slug, detail: status });
    return { id: saved.id, slug, version: saved.version, status, changed: true };
  });
}

/**
 * Save an edit made on `expectedVersion`. Refused with a 412 conflict when someone saved since.
 * Without `publish`, a published profile keeps its public text and the edit waits as a draft.
 */
export async function updateOccupation(
  id: number,
  content: ProfileContent,
  opts: { expectedVersion: number; slug?: string; publish?: boolean; actor: Actor; message?: string },
): Promise<EditResult> {
  return await writeTransaction(async (tx) => {
    const row = await liveRow(tx, id, opts.expectedVersion);
    const slug = opts.slug || row.slug;
    if (slug !== row.slug) {
      await assertSlugFree(tx, slug, id);
      await tx.update(occupations).set({ slug }).where(eq(occupations.id, id));
    }
    const status = opts.publish ? "published" : "draft";
    const saved = await saveProfile(tx, content, { slug, status, authorId: opts.actor.id, message: opts.message });
    const changed = saved.outcome !== "unchanged" || slug !== row.slug;
    let version = saved.version;
    if (saved.outcome === "unchanged" && slug !== row.slug) version = await bumpVersion(tx, id, opts, "renamed");
    // A new slug alone leaves saveProfile nothing to save, but the public URL and links moved.
    if (saved.outcome === "unchanged" && slug !== row.slug) await afterOccupationWrite(tx, id);
    if (changed) {
      await addAudit(tx, {
        userId: opts.actor.id,
        actor: opts.actor.email,
        action: opts.publish ? "occupation.publish" : "occupation.update",
        target: slug,
        detail: `version ${version}`,
      });
    }
    const now = (await getRow(tx, id))!;
    return { id, slug, version, status: now.status, changed };
  });
}

async function bumpVersion(tx: Tx, id: number, opts: { actor: Actor; message?: string }, why: string): Promise<number> {
  const row = (await getRow(tx, id))!;
  const version = row.version + 1;
  await tx.update(occupations).set({ version, updatedAt: new Date().toISOString() }).where(eq(occupations.id, id));
  const content = (await editableContent(tx, id))!;
  await tx.insert(revisions).values({
    occupationId: id,
    version,
    snapshot: JSON.stringify(canonicalContent(content)),
    status: row.status,
    authorId: opts.actor.id,
    message: opts.message || why,
  });
  return version;
}

/** Publish the current content (the pending draft, if any). */
export async function publishOccupation(
  id: number,
  opts: { expectedVersion: number; actor: Actor; message?: string },
): Promise<EditResult> {
  return await writeTransaction(async (tx) => {
    const row = await liveRow(tx, id, opts.expectedVersion);
    const content = (await editableContent(tx, id))!;
    const saved = await saveProfile(tx, content, {
      slug: row.slug,
      status: "published",
      authorId: opts.actor.id,
      message: opts.message || "published",
    });
    await addAudit(tx, {
      userId: opts.actor.id,
      actor: opts.actor.email,
      action: "occupation.publish",
      target: row.slug,
      detail: `version ${saved.version}`,
    });
    return { id, slug: row.slug, version: saved.version, status: "published", changed: saved.outcome !== "unchanged" };
  });
}

/** Take a profile off the public site; its content (with any pending draft applied) stays as a draft. */
export async function unpublishOccupation(
  id: number,
  opts: { expectedVersion: number; actor: Actor; message?: string },
): Promise<EditResult> {
  return await writeTransaction(async (tx) => {
    const row = await liveRow(tx, id, opts.expectedVersion);
    if (row.status !== "published") return { id, slug: row.slug, version: row.version, status: row.status, changed: false };
    const content = (await editableContent(tx, id))!;
    await tx.update(occupations).set({ status: "draft", draft: null }).where(eq(occupations.id, id));
    const saved = await saveProfile(tx, content, {
      slug: row.slug,
      status: "draft",
      authorId: opts.actor.id,
      message: opts.message || "unpublished",
    });
    const version = saved.outcome === "unchanged" ? await bumpVersion(tx, id, opts, "unpublished") : saved.version;
    await afterOccupationWrite(tx, id);
    await addAudit(tx, {
      userId: opts.actor.id,
      actor: opts.actor.email,
      action: "occupation.unpublish",
      target: row.slug,
      detail: `version ${version}`,
    });
    return { id, slug: row.slug, version, status: "draft", changed: true };
  });
}

/** Soft delete: hidden everywhere, links to it fall back to plain names; can be undone. */
export async function deleteOccupation(id: number, opts: { expectedVersion?: number; actor: Actor }): Promise<EditResult> {
  return await writeTransaction(async (tx) => {
    const row = await liveRow(tx, id, opts.expectedVersion);
    await tx.update(occupations).set({ deletedAt: new Date().toISOString() }).where(eq(occupations.id, id));
    const version = await bumpVersion(tx, id, { actor: opts.actor }, "deleted");
    await afterOccupationWrite(tx, id);
    // The status in detail lets the public feed tell the removal of a published profile from a draft's.
    await addAudit(tx, {
      userId: opts.actor.id,
      actor: opts.actor.email,
      action: "occupation.delete",
      target: row.slug,
      detail: row.status,
    });
    return { id, slug: row.slug, version, status: row.status, changed: true };
  });
}

/** Undo a soft delete. */
export async function undeleteOccupation(id: number, opts: { actor: Actor }): Promise<EditResult> {
  return await writeTransaction(async (tx) => {
    const row = await getRow(tx, id);
    if (!row || !row.deletedAt) throw new NotFoundError("deleted occupation");
    const taken = await nameTakenBy(tx, row.name, id);
    if (taken)
      throw new ConflictError(`Cannot restore "${row.name}": the name is now used by ${taken}. Rename that profile first.`, 409, {
        key: "restoreNameTaken",
        values: { name: row.name, taken },
      });
    await tx.update(occupations).set({ deletedAt: null }).where(eq(occupations.id, id));
    const version = await bumpVersion(tx, id, { actor: opts.actor }, "restored from deletion");
    await afterOccupationWrite(tx, id);
    await addAudit(tx, { userId: opts.actor.id, actor: opts.actor.email, action: "occupation.undelete", target: row.slug });
    return { id, slug: row.slug, version, status: row.status, changed: true };
  });
}
