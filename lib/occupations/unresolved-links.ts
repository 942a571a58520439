import "server-only";
import { and, asc, count, eq, isNull, ne, notExists, sql } from "drizzle-orm";
import { db } from "@/db/index";
import { occupationLinks, occupationTerms, occupations } from "@/db/schema";

export type UnresolvedLink = {
  /** The profile whose career path or related jobs hold the link. */
  occupation: { id: number; slug: string; name: string; status: "draft" | "published" };
  list: "career" | "related";
  /** 0-based position in that list. */
  position: number;
  /** The name as written, which matches no other profile's name or alias. */
  name: string;
};

/*
 * A link is unresolved when it has no target (occupation_links_target index, target_id IS NULL).
 * A step naming the profile itself (its own name or alias, as the middle of a career path does)
 * is not a problem to fix and is left out. Deleted profiles' links are left out too.
 */
const unresolved = () =>
  and(
    isNull(occupationLinks.targetId),
    isNull(occupations.deletedAt),
    ne(occupationLinks.nameKey, occupations.nameKey),
    notExists(
      db
        .select({ one: sql`1` })
        .from(occupationTerms)
        .where(
          and(
            eq(occupationTerms.occupationId, occupations.id),
            eq(occupationTerms.list, "alias"),
            eq(occupationTerms.valueKey, occupationLinks.nameKey),
          ),
        ),
    ),
  );

/**
 * Career-path steps and related jobs that resolve to no profile (neither by name nor by alias),
 * for the editorial quality dashboard: the total, and one page of them by profile and position.
 */
export async function listUnresolvedLinks(
  opts: { limit?: number; offset?: number } = {},
): Promise<{ total: number; links: UnresolvedLink[] }> {
  const limit = Math.min(Math.max(opts.limit ?? 50, 1), 500);
  const offset = Math.max(opts.offset ?? 0, 0);
  const [{ total }] = await db
    .select({ total: count() })
    .from(occupationLinks)
    .innerJoin(occupations, eq(occupations.id, occupationLinks.occupationId))
    .where(unresolved());
  const rows = await db
    .select({
      id: occupations.id,
      slug: occupations.slug,
      occupationName: occupations.name,
      status: occupations.status,
      list: occupationLinks.list,
      position: occupationLinks.position,
      name: occupationLinks.name,
    })
    .from(occupationLinks)
    .innerJoin(occupations, eq(occupations.id, occupationLinks.occupationId))
    .where(unresolved())
    .orderBy(asc(occupationLinks.occupationId), asc(occupationLinks.list), asc(occupationLinks.position))
    .limit(limit)
    .offset(offset);
  return {
    total,
    links: rows.map((r) => ({
      occupation: { id: r.id, slug: r.slug, name: r.occupationName, status: r.status },
      list: r.list,
      position: r.position,
      name: r.name,
    })),
  };
}
