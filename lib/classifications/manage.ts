import "server-only";
import { and, asc, eq, inArray, isNotNull, isNull, ne, sql } from "drizzle-orm";
import { db, writeTransaction } from "@/db/index";
import { classifications, occupations } from "@/db/schema";
import { addAudit } from "@/lib/audit/log";
import { recordTierChange, tierSnapshot } from "@/lib/cache/invalidation";
import { afterOccupationWrite } from "@/lib/occupations/after-write";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/errors";
import type { ProfileContent } from "@/lib/occupations/schema";
import { slugFor } from "@/lib/occupations/slug";
import type { WriteTx as Tx } from "@/db/index";
import { LEVEL_NAMES, type Level } from "./schema";

export type Actor = { id: number | null; email: string };
export type AdminTierNode = {
  id: number;
  level: Level;
  name: string;
  slug: string;
  published: number;
  total: number;
  children: AdminTierNode[];
};

type TierRow = { id: number; level: number; parentId: number | null; name: string; slug: string };

async function allTiers(tx: Pick<Tx, "select">): Promise<TierRow[]> {
  return await tx
    .select({
      id: classifications.id,
      level: classifications.level,
      parentId: classifications.parentId,
      name: classifications.name,
      slug: classifications.slug,
    })
    .from(classifications);
}

/** The whole tree with published and total (not deleted) profile counts, by name at every level. */
export async function getAdminTierTree(): Promise<AdminTierNode[]> {
  const counts = new Map(
    (
      await db
        .select({
          minorId: occupations.minorId,
          total: sql<number>`count(*)`,
          published: sql<number>`sum(case when ${occupations.status} = 'published' then 1 else 0 end)`,
        })
        .from(occupations)
        .where(isNull(occupations.deletedAt))
        .groupBy(occupations.minorId)
    ).map((r) => [r.minorId, r]),
  );
  const rows = await allTiers(db);
  const byParent = new Map<number | null, TierRow[]>();
  for (const r of rows) byParent.set(r.parentId, [...(byParent.get(r.parentId) ?? []), r]);
  const build = (parentId: number | null): AdminTierNode[] =>
    (byParent.get(parentId) ?? [])
      .map((r) => {
        const children = build(r.id);
        const own = counts.get(r.id);
        const sum = (k: "published" | "total") => (r.level === 3 ? Number(own?.[k] ?? 0) : children.reduce((n, c) => n + c[k], 0));
        return {
          id: r.id,
          level: r.level as Level,
          name: r.name,
          slug: r.slug,
          published: sum("published"),
          total: sum("total"),
          children,
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name));
  return build(null);
}

async function getTier(tx: Pick<Tx, "select">, id: number): Promise<TierRow> {
  const row = (
    await tx
      .select({
        id: classifications.id,
        level: classifications.level,
        parentId: classifications.parentId,
        name: classifications.name,
        slug: classifications.slug,
      })
      .from(classifications)
      .where(eq(classifications.id, id))
      .limit(1)
  )[0];
  if (!row) throw new NotFoundError("classification entry");
  return row;
}

function label(t: Pick<TierRow, "level" | "name">) {
  return `${LEVEL_NAMES[t.level as Level]} "${t.name}"`;
}

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
  if (clash) throw new InvalidInputError("That name is taken here", { name: `"${name}" already exists under the same parent` });
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

/** Minor ids under a tier (itself when it is a Minor). */
function minorsUnder(rows: TierRow[], id: number): number[] {
  const kids = rows.filter((r) => r.parentId === id);
  const self = rows.find((r) => r.id === id);
  if (self?.level === 3) return [id];
  return kids.flatMap((k) => minorsUnder(rows, k.id));
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
    if (t.level === 1) throw new InvalidInputError("A Major entry has no parent", { parentId: "Major entries cannot be moved" });
    const parent = await getTier(tx, parentId);
    if (parent.level !== t.level - 1) {
      throw new InvalidInputError("Wrong parent level", { parentId: `Choose a ${LEVEL_NAMES[(t.level - 1) as Level]} entry` });
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
      throw new InvalidInputError("Merge into a sibling", { intoId: "Choose another entry under the same parent" });
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
      throw new InvalidInputError("A Minor entry has no children", { parentId: "Choose a Major or Middle entry" });
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

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

/** Why an entry cannot be deleted ("3 occupations and 2 Minor groups use it"), or undefined. */
export async function tierInUse(tx: Pick<Tx, "select">, id: number): Promise<string | undefined> {
  const t = await getTier(tx, id);
  const rows = await allTiers(tx);
  const minors = minorsUnder(rows, id);
  const counts = minors.length
    ? (
        await tx
          .select({ live: sql<number>`sum(case when ${occupations.deletedAt} is null then 1 else 0 end)`, all: sql<number>`count(*)` })
          .from(occupations)
          .where(inArray(occupations.minorId, minors))
          .limit(1)
      )[0]!
    : { live: 0, all: 0 };
  const kids = rows.filter((r) => r.parentId === id).length;
  const parts: string[] = [];
  const live = Number(counts.live ?? 0);
  const deleted = Number(counts.all ?? 0) - live;
  if (live) parts.push(plural(live, "occupation"));
  if (deleted) parts.push(`${plural(deleted, "deleted occupation")} (kept for undo)`);
  if (kids) parts.push(plural(kids, `${LEVEL_NAMES[(t.level + 1) as Level]} group`));
  if (!parts.length) return undefined;
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : parts[0];
  return `${list} ${live + deleted + kids === 1 ? "uses" : "use"} it`;
}

/** Delete an unused entry; a used one is refused with the reason. */
export async function deleteTier(id: number, actor: Actor): Promise<void> {
  await writeTransaction(async (tx) => {
    const t = await getTier(tx, id);
    const reason = await tierInUse(tx, id);
    if (reason) throw new ConflictError(`Cannot delete ${label(t)}: ${reason}.`);
    const tiersBefore = await tierSnapshot(tx);
    await tx.delete(classifications).where(eq(classifications.id, id));
    await recordTierChange(tx, tiersBefore, await tierSnapshot(tx));
    await addAudit(tx, { userId: actor.id, actor: actor.email, action: "classification.delete", target: label(t) });
  });
}

/** Every entry of one level, for move and merge pickers. */
export async function listTiers(level: Level): Promise<{ id: number; name: string; parentId: number | null }[]> {
  return await db
    .select({ id: classifications.id, name: classifications.name, parentId: classifications.parentId })
    .from(classifications)
    .where(eq(classifications.level, level))
    .orderBy(asc(classifications.name));
}

/** Why an entry cannot be deleted now, or undefined (for the admin page). */
export async function tierUsage(id: number): Promise<string | undefined> {
  return await tierInUse(db, id);
}
