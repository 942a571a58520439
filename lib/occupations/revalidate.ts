import "server-only";
import { revalidatePath } from "next/cache";

/** Public pages are dynamic, but drop any cached render of what a write may have changed. */
export function revalidateOccupation(...slugs: string[]) {
  revalidatePath("/");
  revalidatePath("/browse", "layout");
  revalidatePath("/admin/occupations");
  for (const slug of new Set(slugs)) revalidatePath(`/occupations/${slug}`);
}
