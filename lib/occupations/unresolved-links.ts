import "server-only";
import { and, asc, count, desc, eq, isNull } from "drizzle-orm";
import { db } from "@/db/index";
import { occupationLinks, occupations } from "@/db/schema";

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
 * A link is unresolved when it has no target and does not name its own profile (self_link, set on
 * write: a career path's own step). Both conditions are those of the partial index
 * occupation_links_unresolved, so the count and the page read only real unresolved links, in
 * (profile, list, position) order; the page lists the newest profiles first (what an editor just saved). Deleted profiles' links are left out.
 */
const unresolved = () => and(isNull(occupationLinks.targetId), eq(occupationLinks.selfLink, 0), isNull(occupations.deletedAt));

/**
 * Career-path steps and related jobs that resolve to no profile (neither by name nor by alias),
 * for the editorial quality dashboard (the only implementation): the total, and one page of them by
 * profile and position.
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
    .orderBy(desc(occupationLinks.occupationId), asc(occupationLinks.list), asc(occupationLinks.position))
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
