import "server-only";
import { eq, inArray, isNull, sql } from "drizzle-orm";
import { db } from "@/db/index";
import { classifications, occupations } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import type { WriteTx as Tx } from "@/db/index";
import { LEVEL_NAMES, type Level } from "./schema";

/** Reading the classification tree: the admin tree, single entries, and whether an entry is in use. */

export type AdminTierNode = {
  id: number;
  level: Level;
  name: string;
  slug: string;
  published: number;
  total: number;
  children: AdminTierNode[];
};

export type TierRow = { id: number; level: number; parentId: number | null; name: string; slug: string };

/** The columns of a TierRow, for every read of tiers. */
export const tierColumns = {
  id: classifications.id,
  level: classifications.level,
  parentId: classifications.parentId,
  name: classifications.name,
  slug: classifications.slug,
};

export async function allTiers(tx: Pick<Tx, "select">): Promise<TierRow[]> {
  return await tx.select(tierColumns).from(classifications);
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

export async function getTier(tx: Pick<Tx, "select">, id: number): Promise<TierRow> {
  const row = (await tx.select(tierColumns).from(classifications).where(eq(classifications.id, id)).limit(1))[0];
  if (!row) throw new NotFoundError("classification entry");
  return row;
}

export function label(t: Pick<TierRow, "level" | "name">) {
  return `${LEVEL_NAMES[t.level as Level]} "${t.name}"`;
}

/** Minor ids under a tier (itself when it is a Minor). */
function minorsUnder(rows: TierRow[], id: number): number[] {
  const kids = rows.filter((r) => r.parentId === id);
  const self = rows.find((r) => r.id === id);
  if (self?.level === 3) return [id];
  return kids.flatMap((k) => minorsUnder(rows, k.id));
}

/** What still uses an entry: profiles (live, and deleted ones kept for undo) and entries below it. */
export type TierUse = { live: number; deleted: number; groups: number; childLevel?: Level };

/** What uses an entry, or undefined when nothing does (it can be deleted). */
export async function tierInUse(tx: Pick<Tx, "select">, id: number): Promise<TierUse | undefined> {
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
  const live = Number(counts.live ?? 0);
  const use: TierUse = {
    live,
    deleted: Number(counts.all ?? 0) - live,
    groups: rows.filter((r) => r.parentId === id).length,
    childLevel: t.level < 3 ? ((t.level + 1) as Level) : undefined,
  };
  return use.live + use.deleted + use.groups ? use : undefined;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

/** The English words for a TierUse ("3 occupations and 2 Minor groups use it"), for the audit and the API. */
export function tierUseText(u: TierUse): string {
  const parts: string[] = [];
  if (u.live) parts.push(plural(u.live, "occupation"));
  if (u.deleted) parts.push(`${plural(u.deleted, "deleted occupation")} (kept for undo)`);
  if (u.groups && u.childLevel) parts.push(plural(u.groups, `${LEVEL_NAMES[u.childLevel]} group`));
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : parts[0];
  return `${list} ${u.live + u.deleted + u.groups === 1 ? "uses" : "use"} it`;
}

/** What uses an entry now, or undefined (for the admin page). */
export async function tierUsage(id: number): Promise<TierUse | undefined> {
  return await tierInUse(db, id);
}
