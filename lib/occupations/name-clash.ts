import "server-only";
import { and, eq, inArray, isNull, ne } from "drizzle-orm";
import { occupations } from "@/db/schema";
import { InvalidInputError } from "@/lib/errors";
import { nameKey } from "./name-key";
import type { WriteTx as Tx } from "@/db/index";

/**
 * The rule for names: unique among live profiles (drafts included, deleted ones not), compared by
 * nameKey, so "Baker", "baker" and "ＢＡＫＥＲ" are one name. Links resolve by name, and a card carries
 * a profile by its name, so two profiles of one name could not be told apart after an export.
 */
export async function nameTakenBy(tx: Tx, name: string, exceptId?: number): Promise<string | undefined> {
  const key = nameKey(name);
  return (
    await tx
      .select({ slug: occupations.slug })
      .from(occupations)
      .where(
        and(eq(occupations.nameKey, key), isNull(occupations.deletedAt), exceptId === undefined ? undefined : ne(occupations.id, exceptId)),
      )
      .limit(1)
  )[0]?.slug;
}

export const nameTakenMessage = (slug: string) => `Already used by ${slug}`;

export async function assertNameFree(tx: Tx, name: string, exceptId?: number) {
  const slug = await nameTakenBy(tx, name, exceptId);
  if (slug)
    throw new InvalidInputError(
      "Another profile has this name",
      { name: nameTakenMessage(slug) },
      { message: { key: "nameClash" }, fields: { name: { key: "nameTaken", values: { slug } } } },
    );
}

/** The live profile (slug) holding each of these name keys, in one query per 500 keys (an import checks its whole batch). */
export async function liveNameOwners(tx: Tx, keys: string[]): Promise<Map<string, string>> {
  const owners = new Map<string, string>();
  for (let i = 0; i < keys.length; i += 500) {
    const found = await tx
      .select({ key: occupations.nameKey, slug: occupations.slug })
      .from(occupations)
      .where(and(inArray(occupations.nameKey, keys.slice(i, i + 500)), isNull(occupations.deletedAt)));
    for (const f of found) if (!owners.has(f.key)) owners.set(f.key, f.slug);
  }
  return owners;
}
