import "server-only";
import { revalidatePath } from "next/cache";

/** Public pages are dynamic, but drop any cached render of what a write may have changed. */
export function revalidateOccupation(...slugs: string[]) {
  revalidatePath("/");
  revalidatePath("/browse", "layout");
  revalidatePath("/admin/occupations");
  revalidatePath("/feed.xml");
  revalidatePath("/browse/[major]/feed.xml", "page");
  // A comparison of two published versions never changes, but it must go when the profile does
  // (unpublished, deleted, renamed): the pattern marks them all, each re-rendered only when visited.
  revalidatePath("/occupations/[slug]/history/[range]", "page");
  for (const slug of new Set(slugs)) {
    revalidatePath(`/occupations/${slug}`);
    revalidatePath(`/occupations/${slug}/history`);
  }
}
