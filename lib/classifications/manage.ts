import "server-only";
import { and, eq, inArray, isNotNull, ne } from "drizzle-orm";
import { writeTransaction } from "@/db/index";
import { classifications, occupations } from "@/db/schema";
import { addAudit } from "@/lib/audit/log";
import { recordTierChange, tierSnapshot } from "@/lib/cache/invalidation";
import { afterOccupationWrite } from "@/lib/occupations/after-write";
import { ConflictError, InvalidInputError } from "@/lib/errors";
import type { ProfileContent } from "@/lib/occupations/schema";
import { slugFor } from "@/lib/occupations/slug";
import type { WriteTx as Tx } from "@/db/index";
import { LEVEL_NAMES, type Level } from "./schema";
import { allTiers, getTier, label, tierInUse, tierUseText } from "./tier-tree";

export type Actor = { id: number | null; email: string };
async function assertNameFree(tx: Tx, parentId: number | null, name: string, exceptId?: number) {
  const clash = (
    await tx
      .select({ id: classifications.id })
      .from(classifications)
      .where(
        and(
          eq(classifications.parentKey, parentId ?? 0),
          eq(classifications.name, name),
          exceptId ? ne(classifications.id, exceptId) : undefined,
        ),
      )
      .limit(1)
  )[0];
  if (clash)
    throw new InvalidInputError(
      "That name is taken here",
      { name: `"${name}" already exists under the same parent` },
      { message: { key: "tierNameClash" }, fields: { name: { key: "tierNameTaken", values: { name } } } },
    );
}

/** A slug for `name` free within the parent (suffixing -2, -3, … on a clash). */
async function freeSlug(tx: Tx, parentId: number | null, name: string, exceptId?: number): Promise<string> {
  const base = slugFor(name);
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    const clash = (
      await tx
        .select({ id: classifications.id })
        .from(classifications)
        .where(
          and(
            eq(classifications.parentKey, parentId ?? 0),
            eq(classifications.slug, slug),
            exceptId ? ne(classifications.id, exceptId) : undefined,
          ),
        )
        .limit(1)
    )[0];
    if (!clash) return slug;
  }
}

type Path = { major: string; middle: string; minor: string };
async function minorPaths(tx: Pick<Tx, "select">): Promise<Map<number, Path>> {
  const rows = await allTiers(tx);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const out = new Map<number, Path>();
  for (const r of rows) {
    if (r.level !== 3) continue;
    const middle = byId.get(r.parentId!);
    const major = middle && byId.get(middle.parentId!);
    if (middle && major) out.set(r.id, { major: major.name, middle: middle.name, minor: r.name });
  }
  return out;
}

const pathKey = (p: Path) => JSON.stringify([p.major, p.middle, p.minor]);

/**
 * Run a change to the tree, then bring dependants along inside the same transaction: pending drafts
 * (stored as JSON naming their tiers) follow renamed, moved or merged entries, and every profile
 * under a changed entry is re-derived (links, search) by the after-write hook.
 * `replaced` maps Minor ids that disappear (merged) to the Minor that took their profiles.
 */
async function changeTree(
  actor: Actor,
  fn: (tx: Tx) => Promise<{ audit: { action: string; target: string; detail?: string }; replaced?: Map<number, number> }>,
) {
  return await writeTransaction(async (tx) => {
    const before = await minorPaths(tx);
    const tiersBefore = await tierSnapshot(tx);
    const { audit, replaced } = await fn(tx);
    const after = await minorPaths(tx);
    await recordTierChange(tx, tiersBefore, await tierSnapshot(tx));
    const moved = new Map<string, Path>();
    const touched: number[] = [];
    for (const [id, oldPath] of before) {
      const nowPath = after.get(replaced?.get(id) ?? id);
      if (nowPath && pathKey(nowPath) !== pathKey(oldPath)) {
        moved.set(pathKey(oldPath), nowPath);
        touched.push(replaced?.get(id) ?? id);
      }
    }
    if (moved.size) {
      const drafts = await tx
        .select({ id: occupations.id, draft: occupations.draft })
        .from(occupations)
        .where(isNotNull(occupations.draft));
      for (const d of drafts) {
        const content = JSON.parse(d.draft!) as ProfileContent;
        const to = moved.get(pathKey(content.classification));
        if (to)
          await tx
            .update(occupations)
            .set({ draft: JSON.stringify({ ...content, classification: to }) })
            .where(eq(occupations.id, d.id));
      }
      const ids = await tx
        .select({ id: occupations.id })
        .from(occupations)
        .where(inArray(occupations.minorId, [...new Set(touched)]));
      for (const { id } of ids) await afterOccupationWrite(tx, id);
    }
    await addAudit(tx, { userId: actor.id, actor: actor.email, ...audit });
  });
}

/** Rename an entry; its slug follows the new name. */
export async function renameTier(id: number, name: string, actor: Actor): Promise<void> {
  await changeTree(actor, async (tx) => {
    const t = await getTier(tx, id);
    if (t.name === name) return { audit: { action: "classification.rename", target: label(t), detail: "unchanged" } };
    await assertNameFree(tx, t.parentId, name, id);
    await tx
      .update(classifications)
      .set({ name, slug: await freeSlug(tx, t.parentId, name, id) })
      .where(eq(classifications.id, id));
    return { audit: { action: "classification.rename", target: label(t), detail: `→ "${name}"` } };
  });
}

/** Move a Middle under another Major, or a Minor under another Middle. */
export async function moveTier(id: number, parentId: number, actor: Actor): Promise<void> {
  await changeTree(actor, async (tx) => {
    const t = await getTier(tx, id);
    if (t.level === 1)
      throw new InvalidInputError(
        "A Major entry has no parent",
        { parentId: "Major entries cannot be moved" },
        { message: { key: "majorHasNoParent" }, fields: { parentId: { key: "majorNotMovable" } } },
      );
    const parent = await getTier(tx, parentId);
    if (parent.level !== t.level - 1) {
      throw new InvalidInputError(
        "Wrong parent level",
        { parentId: `Choose a ${LEVEL_NAMES[(t.level - 1) as Level]} entry` },
        {
          message: { key: "wrongParentLevel" },
          fields: { parentId: { key: "chooseParentLevel", values: { level: LEVEL_NAMES[(t.level - 1) as Level] } } },
        },
      );
    }
    if (t.parentId === parentId) return { audit: { action: "classification.move", target: label(t), detail: "unchanged" } };
    await assertNameFree(tx, parentId, t.name);
    await tx
      .update(classifications)
      .set({ parentId, parentKey: parentId, slug: await freeSlug(tx, parentId, t.name) })
      .where(eq(classifications.id, id));
    return { audit: { action: "classification.move", target: label(t), detail: `→ under ${label(parent)}` } };
  });
}

/** Move the children (or profiles) of `fromId` into `intoId`, merging same-named children, then drop `fromId`. */
async function mergeInto(tx: Tx, fromId: number, intoId: number, replaced: Map<number, number>) {
  const from = await getTier(tx, fromId);
  if (from.level === 3) {
    await tx.update(occupations).set({ minorId: intoId }).where(eq(occupations.minorId, fromId));
    replaced.set(fromId, intoId);
  } else {
    const kids = await tx
      .select({ id: classifications.id, name: classifications.name })
      .from(classifications)
      .where(eq(classifications.parentId, fromId));
    for (const kid of kids) {
      const same = (
        await tx
          .select({ id: classifications.id })
          .from(classifications)
          .where(and(eq(classifications.parentId, intoId), eq(classifications.name, kid.name)))
          .limit(1)
      )[0];
      if (same) await mergeInto(tx, kid.id, same.id, replaced);
      else
        await tx
          .update(classifications)
          .set({ parentId: intoId, parentKey: intoId, slug: await freeSlug(tx, intoId, kid.name) })
          .where(eq(classifications.id, kid.id));
    }
  }
  await tx.delete(classifications).where(eq(classifications.id, fromId));
}

/** Merge an entry into a sibling: its children and profiles move there, then it is removed. */
export async function mergeTier(id: number, intoId: number, actor: Actor): Promise<void> {
  await changeTree(actor, async (tx) => {
    const from = await getTier(tx, id);
    const into = await getTier(tx, intoId);
    if (id === intoId || from.level !== into.level || from.parentId !== into.parentId) {
      throw new InvalidInputError(
        "Merge into a sibling",
        { intoId: "Choose another entry under the same parent" },
        { message: { key: "mergeIntoSibling" }, fields: { intoId: { key: "chooseSibling" } } },
      );
    }
    const replaced = new Map<number, number>();
    await mergeInto(tx, id, intoId, replaced);
    return { audit: { action: "classification.merge", target: label(from), detail: `into "${into.name}"` }, replaced };
  });
}

/** Add an entry: a Major (no parent), or a child of a Major or Middle. */
export async function addTier(parentId: number | null, name: string, actor: Actor): Promise<number> {
  return await writeTransaction(async (tx) => {
    const tiersBefore = await tierSnapshot(tx);
    const parent = parentId === null ? undefined : await getTier(tx, parentId);
    if (parent && parent.level === 3)
      throw new InvalidInputError(
        "A Minor entry has no children",
        { parentId: "Choose a Major or Middle entry" },
        { message: { key: "minorHasNoChildren" }, fields: { parentId: { key: "chooseMajorOrMiddle" } } },
      );
    const level = parent ? parent.level + 1 : 1;
    await assertNameFree(tx, parentId, name);
    const id = (
      await tx
        .insert(classifications)
        .values({ level, parentId, parentKey: parentId ?? 0, name, slug: await freeSlug(tx, parentId, name) })
        .returning({ id: classifications.id })
    )[0].id;
    await recordTierChange(tx, tiersBefore, await tierSnapshot(tx));
    await addAudit(tx, {
      userId: actor.id,
      actor: actor.email,
      action: "classification.add",
      target: label({ level, name }),
      detail: parent ? `under ${label(parent)}` : "",
    });
    return id;
  });
}

/** Delete an unused entry; a used one is refused with the reason. */
export async function deleteTier(id: number, actor: Actor): Promise<void> {
  await writeTransaction(async (tx) => {
    const t = await getTier(tx, id);
    const use = await tierInUse(tx, id);
    if (use)
      throw new ConflictError(`Cannot delete ${label(t)}: ${tierUseText(use)}.`, 409, { key: "tierInUseNow", values: { name: t.name } });
    const tiersBefore = await tierSnapshot(tx);
    await tx.delete(classifications).where(eq(classifications.id, id));
    await recordTierChange(tx, tiersBefore, await tierSnapshot(tx));
    await addAudit(tx, { userId: actor.id, actor: actor.email, action: "classification.delete", target: label(t) });
  });
}
