import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/db/index";
import { occupationTerms, occupations } from "@/db/schema";
import { nameKey } from "@/lib/occupations/name-key";
import type { Profile, ProfileContent } from "@/lib/occupations/schema";

type Holder = { slug: string; name: string; aliases: string[] };

/**
 * The slug each link of an export points at, worked out from the exported catalog itself: the
 * profile of that name, else the first (by slug) with that alias, never the linking profile. The
 * database's link targets depend on the order profiles were written in (a link resolved through an
 * alias keeps it when a profile of exactly that name comes later); an import into an empty
 * database writes them in another order. Computing them here makes the export a function of the
 * catalog's content, so export → import → export gives the same bytes.
 */
export async function exportLinkResolver(all: boolean): Promise<(name: string, selfSlug: string) => string | null> {
  const live = and(isNull(occupations.deletedAt), all ? undefined : eq(occupations.status, "published"));
  const rows = await db
    .select({ id: occupations.id, slug: occupations.slug, name: occupations.name, draft: occupations.draft })
    .from(occupations)
    .where(live);
  const aliasRows = await db
    .select({ id: occupationTerms.occupationId, value: occupationTerms.value })
    .from(occupationTerms)
    .innerJoin(occupations, eq(occupations.id, occupationTerms.occupationId))
    .where(and(eq(occupationTerms.list, "alias"), live));
  const aliasesOf = new Map<number, string[]>();
  for (const a of aliasRows) (aliasesOf.get(a.id) ?? aliasesOf.set(a.id, []).get(a.id)!).push(a.value);
  const holders: Holder[] = rows.map((r) => {
    // With --all a pending draft is what is exported, so its name and aliases are what links find.
    const draft = all && r.draft ? (JSON.parse(r.draft) as ProfileContent) : undefined;
    return { slug: r.slug, name: draft?.name ?? r.name, aliases: draft?.aliases ?? aliasesOf.get(r.id) ?? [] };
  });
  holders.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const byName = new Map<string, string[]>();
  const byAlias = new Map<string, string[]>();
  for (const h of holders) {
    (byName.get(nameKey(h.name)) ?? byName.set(nameKey(h.name), []).get(nameKey(h.name))!).push(h.slug);
    for (const a of h.aliases) (byAlias.get(nameKey(a)) ?? byAlias.set(nameKey(a), []).get(nameKey(a))!).push(h.slug);
  }
  return (name, selfSlug) => {
    const key = nameKey(name);
    return byName.get(key)?.find((s) => s !== selfSlug) ?? byAlias.get(key)?.find((s) => s !== selfSlug) ?? null;
  };
}

/** The profile with its links' slugs as the export resolves them. */
export function withExportLinks(p: Profile, resolve: (name: string, selfSlug: string) => string | null): Profile {
  return {
    ...p,
    careerPath: p.careerPath.map((l) => ({ name: l.name, slug: resolve(l.name, p.slug) })),
    relatedJobs: p.relatedJobs.map((l) => ({ name: l.name, slug: resolve(l.name, p.slug) })),
  };
}
