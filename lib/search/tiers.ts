import "server-only";
import { db } from "@/db/index";
import { classifications } from "@/db/schema";

export type TierPath = { major: string; middle: string; minor: string };
export type TierFilter = { major?: string; middle?: string; minor?: string };

/** Every Minor tier's id with its full path of names (a few hundred rows at most). */
export async function minorTierPaths(): Promise<Map<number, TierPath>> {
  const rows = await db
    .select({ id: classifications.id, level: classifications.level, parentId: classifications.parentId, name: classifications.name })
    .from(classifications);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const paths = new Map<number, TierPath>();
  for (const r of rows) {
    if (r.level !== 3) continue;
    const middle = r.parentId === null ? undefined : byId.get(r.parentId);
    const major = middle?.parentId == null ? undefined : byId.get(middle.parentId);
    if (middle && major) paths.set(r.id, { major: major.name, middle: middle.name, minor: r.name });
  }
  return paths;
}

/** Whether a tier path lies under the filter, looking at the given levels only. */
export function pathMatches(p: TierPath, f: TierFilter, levels: (keyof TierPath)[] = ["major", "middle", "minor"]): boolean {
  return levels.every((l) => f[l] === undefined || f[l] === p[l]);
}
