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
import type { Tx } from "@/lib/occupations/write";
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

function allTiers(tx: Pick<Tx, "select">): TierRow[] {
  return tx
    .select({ id: classifications.id, level: classifications.level, parentId: classifications.parentId, name: classifications.name, slug: classifications.slug })
    .from(classifications)
    .all();
}

/** The whole tree with published and total (not deleted) profile counts, by name at every level. */
export async function getAdminTierTree(): Promise<AdminTierNode[]> {
  const counts = new Map(
    db
      .select({
        minorId: occupations.minorId,
        total: sql<number>`count(*)`,
        published: sql<number>`sum(case when ${occupations.status} = 'published' then 1 else 0 end)`,
      })
      .from(occupations)
      .where(isNull(occupations.deletedAt))
      .groupBy(occupations.minorId)
      .all()
      .map((r) => [r.minorId, r]),
  );
  const rows = allTiers(db);
  const byParent = new Map<number | null, TierRow[]>();
  for (const r of rows) byParent.set(r.parentId, [...(byParent.get(r.parentId) ?? []), r]);
  const build = (parentId: number | null): AdminTierNode[] =>
    (byParent.get(parentId) ?? [])
      .map((r) => {
        const children = build(r.id);
        const own = counts.get(r.id);
        const sum = (k: "published" | "total") => (r.level === 3 ? Number(own?.[k] ?? 0) : children.reduce((n, c) => n + c[k], 0));
        return { id: r.id, level: r.level as Level, name: r.name, slug: r.slug, published: sum("published"), total: sum("total"), children };
      })
      .sort((a, b) => a.name.localeCompare(b.name));
  return build(null);
}

function getTier(tx: Pick<Tx, "select">, id: number): TierRow {
  const row = tx
    .select({ id: classifications.id, level: classifications.level, parentId: classifications.parentId, name: classifications.name, slug: classifications.slug })
    .from(classifications)
    .where(eq(classifications.id, id))
    .get();
  if (!row) throw new NotFoundError("classification entry");
  return row;
}

function label(t: Pick<TierRow, "level" | "name">) {
  return `${LEVEL_NAMES[t.level as Level]} "${t.name}"`;
}

function assertNameFree(tx: Tx, parentId: number | null, name: string, exceptId?: number) {
  const clash = tx
    .select({ id: classifications.id })
    .from(classifications)
    .where(and(eq(classifications.parentKey, parentId ?? 0), eq(classifications.name, name), exceptId ? ne(classifications.id, exceptId) : undefined))
    .get();
  if (clash) throw new InvalidInputError("That name is taken here", { name: `"${name}" already exists under the same parent` });
}

/** A slug for `name` free within the parent (suffixing -2, -3, … on a clash). */
function freeSlug(tx: Tx, parentId: number | null, name: string, exceptId?: number): string {
  const base = slugFor(name);
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    const clash = tx
      .select({ id: classifications.id })
      .from(classifications)
      .where(and(eq(classifications.parentKey, parentId ?? 0), eq(classifications.slug, slug), exceptId ? ne(classifications.id, exceptId) : undefined))
      .get();
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
function minorPaths(tx: Pick<Tx, "select">): Map<number, Path> {
  const rows = allTiers(tx);
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
function changeTree(actor: Actor, fn: (tx: Tx) => { audit: { action: string; target: string; detail?: string }; replaced?: Map<number, number> }) {
  return writeTransaction((tx) => {
    const before = minorPaths(tx);
    const tiersBefore = tierSnapshot(tx);
    const { audit, replaced } = fn(tx);
    const after = minorPaths(tx);
    recordTierChange(tx, tiersBefore, tierSnapshot(tx));
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
      const drafts = tx.select({ id: occupations.id, draft: occupations.draft }).from(occupations).where(isNotNull(occupations.draft)).all();
      for (const d of drafts) {
        const content = JSON.parse(d.draft!) as ProfileContent;
        const to = moved.get(pathKey(content.classification));
        if (to) tx.update(occupations).set({ draft: JSON.stringify({ ...content, classification: to }) }).where(eq(occupations.id, d.id)).run();
      }
      const ids = tx.select({ id: occupations.id }).from(occupations).where(inArray(occupations.minorId, [...new Set(touched)])).all();
      for (const { id } of ids) afterOccupationWrite(tx, id);
    }
    addAudit(tx, { userId: actor.id, actor: actor.email, ...audit });
  });
}

/** Rename an entry; its slug follows the new name. */
export async function renameTier(id: number, name: string, actor: Actor): Promise<void> {
  changeTree(actor, (tx) => {
    const t = getTier(tx, id);
    if (t.name === name) return { audit: { action: "classification.rename", target: label(t), detail: "unchanged" } };
    assertNameFree(tx, t.parentId, name, id);
    tx.update(classifications).set({ name, slug: freeSlug(tx, t.parentId, name, id) }).where(eq(classifications.id, id)).run();
    return { audit: { action: "classification.rename", target: label(t), detail: `→ "${name}"` } };
  });
}

/** Move a Middle under another Major, or a Minor under another Middle. */
export async function moveTier(id: number, parentId: number, actor: Actor): Promise<void> {
  changeTree(actor, (tx) => {
    const t = getTier(tx, id);
    if (t.level === 1) throw new InvalidInputError("A Major entry has no parent", { parentId: "Major entries cannot be moved" });
    const parent = getTier(tx, parentId);
    if (parent.level !== t.level - 1) {
      throw new InvalidInputError("Wrong parent level", { parentId: `Choose a ${LEVEL_NAMES[(t.level - 1) as Level]} entry` });
    }
    if (t.parentId === parentId) return { audit: { action: "classification.move", target: label(t), detail: "unchanged" } };
    assertNameFree(tx, parentId, t.name);
    tx.update(classifications)
      .set({ parentId, parentKey: parentId, slug: freeSlug(tx, parentId, t.name) })
      .where(eq(classifications.id, id))
      .run();
    return { audit: { action: "classification.move", target: label(t), detail: `→ under ${label(parent)}` } };
  });
}

/** Move the children (or profiles) of `fromId` into `intoId`, merging same-named children, then drop `fromId`. */
function mergeInto(tx: Tx, fromId: number, intoId: number, replaced: Map<number, number>) {
  const from = getTier(tx, fromId);
  if (from.level === 3) {
    tx.update(occupations).set({ minorId: intoId }).where(eq(occupations.minorId, fromId)).run();
    replaced.set(fromId, intoId);
  } else {
    const kids = tx.select({ id: classifications.id, name: classifications.name }).from(classifications).where(eq(classifications.parentId, fromId)).all();
    for (const kid of kids) {
      const same = tx
        .select({ id: classifications.id })
        .from(classifications)
        .where(and(eq(classifications.parentId, intoId), eq(classifications.name, kid.name)))
        .get();
      if (same) mergeInto(tx, kid.id, same.id, replaced);
      else tx.update(classifications).set({ parentId: intoId, parentKey: intoId, slug: freeSlug(tx, intoId, kid.name) }).where(eq(classifications.id, kid.id)).run();
    }
  }
  tx.delete(classifications).where(eq(classifications.id, fromId)).run();
}

/** Merge an entry into a sibling: its children and profiles move there, then it is removed. */
export async function mergeTier(id: number, intoId: number, actor: Actor): Promise<void> {
  changeTree(actor, (tx) => {
    const from = getTier(tx, id);
    const into = getTier(tx, intoId);
    if (id === intoId || from.level !== into.level || from.parentId !== into.parentId) {
      throw new InvalidInputError("Merge into a sibling", { intoId: "Choose another entry under the same parent" });
    }
    const replaced = new Map<number, number>();
    mergeInto(tx, id, intoId, replaced);
    return { audit: { action: "classification.merge", target: label(from), detail: `into "${into.name}"` }, replaced };
  });
}

/** Add an entry: a Major (no parent), or a child of a Major or Middle. */
export async function addTier(parentId: number | null, name: string, actor: Actor): Promise<number> {
  return writeTransaction((tx) => {
    const tiersBefore = tierSnapshot(tx);
    const parent = parentId === null ? undefined : getTier(tx, parentId);
    if (parent && parent.level === 3) throw new InvalidInputError("A Minor entry has no children", { parentId: "Choose a Major or Middle entry" });
    const level = parent ? parent.level + 1 : 1;
    assertNameFree(tx, parentId, name);
    const id = tx
      .insert(classifications)
      .values({ level, parentId, parentKey: parentId ?? 0, name, slug: freeSlug(tx, parentId, name) })
      .returning({ id: classifications.id })
      .get().id;
    recordTierChange(tx, tiersBefore, tierSnapshot(tx));
    addAudit(tx, { userId: actor.id, actor: actor.email, action: "classification.add", target: label({ level, name }), detail: parent ? `under ${label(parent)}` : "" });
    return id;
  });
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

/** Why an entry cannot be deleted ("3 occupations and 2 Minor groups use it"), or undefined. */
export function tierInUse(tx: Pick<Tx, "select">, id: number): string | undefined {
  const t = getTier(tx, id);
  const rows = allTiers(tx);
  const minors = minorsUnder(rows, id);
  const counts = minors.length
    ? tx
        .select({ live: sql<number>`sum(case when ${occupations.deletedAt} is null then 1 else 0 end)`, all: sql<number>`count(*)` })
        .from(occupations)
        .where(inArray(occupations.minorId, minors))
        .get()!
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
  writeTransaction((tx) => {
    const t = getTier(tx, id);
    const reason = tierInUse(tx, id);
    if (reason) throw new ConflictError(`Cannot delete ${label(t)}: ${reason}.`);
    const tiersBefore = tierSnapshot(tx);
    tx.delete(classifications).where(eq(classifications.id, id)).run();
    recordTierChange(tx, tiersBefore, tierSnapshot(tx));
    addAudit(tx, { userId: actor.id, actor: actor.email, action: "classification.delete", target: label(t) });
  });
}

/** Every entry of one level, for move and merge pickers. */
export async function listTiers(level: Level): Promise<{ id: number; name: string; parentId: number | null }[]> {
  return db
    .select({ id: classifications.id, name: classifications.name, parentId: classifications.parentId })
    .from(classifications)
    .where(eq(classifications.level, level))
    .orderBy(asc(classifications.name))
    .all();
}

/** Why an entry cannot be deleted now, or undefined (for the admin page). */
export async function tierUsage(id: number): Promise<string | undefined> {
  return tierInUse(db, id);
}
