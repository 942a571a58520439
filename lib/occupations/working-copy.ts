import "server-only";
import { db } from "@/db/index";
import { idForSlug } from "./edit";
import { readStored } from "./read";
import type { Profile, ProfileContent } from "./schema";

/**
 * The profile as an editor works on it (for the write API): the pending draft of a published
 * profile, or the stored content of a draft; `status` is the public state. Deleted ones are absent.
 */
export async function getWorkingCopy(slug: string): Promise<Profile | undefined> {
  const id = await idForSlug(slug);
  if (id === undefined) return undefined;
  const stored = await readStored(db, id);
  if (!stored) return undefined;
  const content: ProfileContent = stored.draft ? (JSON.parse(stored.draft) as ProfileContent) : stored.content;
  return { slug: stored.slug, ...content, status: stored.meta.status, version: stored.meta.version, updatedAt: stored.meta.updatedAt };
}
