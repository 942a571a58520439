import "server-only";
import { issuePhrase } from "@/lib/validation/issue-phrase";
import { and, eq, isNull, or } from "drizzle-orm";
import { db } from "@/db/index";
import { occupations } from "@/db/schema";
import { updateOccupation, type Actor } from "./edit";
import { getEditableOccupation } from "./editable";
import { InvalidInputError } from "@/lib/errors";
import { nameKey } from "./name-key";
import { profileContent } from "./schema";

/**
 * Add an alias to the live profile named by `profile` (its slug or its name), through the normal
 * edit path (version check, revision, audit, search index). A published profile without a pending
 * edit gets it published at once; otherwise the alias joins the pending draft, so that publishing
 * it never publishes someone's unfinished edit.
 */
export async function addAliasToOccupation(profile: string, alias: string, actor: Actor) {
  const ref = profile.trim();
  const [target] = await db
    .select({ id: occupations.id })
    .from(occupations)
    .where(and(isNull(occupations.deletedAt), or(eq(occupations.slug, ref), eq(occupations.nameKey, nameKey(ref)))))
    .orderBy(occupations.id)
    .limit(1);
  if (!target)
    throw new InvalidInputError(
      "No such profile",
      { profile: "No profile has that name or slug" },
      { message: { key: "noSuchProfile" }, fields: { profile: { key: "noProfileNamed" } } },
    );
  const occ = (await getEditableOccupation(target.id))!;
  const value = alias.trim();
  if (occ.content.aliases.some((a) => nameKey(a) === nameKey(value)) || nameKey(occ.content.name) === nameKey(value)) {
    throw new InvalidInputError(
      "Already there",
      { alias: `“${occ.content.name}” already has that name or alias` },
      { message: { key: "aliasThere" }, fields: { alias: { key: "aliasAlreadyThere", values: { name: occ.content.name } } } },
    );
  }
  const parsed = profileContent.safeParse({ ...occ.content, aliases: [...occ.content.aliases, value] });
  if (!parsed.success)
    throw new InvalidInputError(
      "The alias cannot be added",
      { alias: parsed.error.issues[0]?.message ?? "Invalid alias" },
      {
        message: { key: "aliasRefused" },
        fields: { alias: parsed.error.issues[0] ? issuePhrase(parsed.error.issues[0]) : { key: "invalid" } },
      },
    );
  const publish = occ.meta.status === "published" && !occ.meta.hasDraft;
  const r = await updateOccupation(target.id, parsed.data, {
    expectedVersion: occ.meta.version,
    publish,
    actor,
    message: `Added the alias “${value}” (searched for without results)`,
  });
  return { id: r.id, slug: r.slug, name: occ.content.name, published: publish };
}
