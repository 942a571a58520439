import "server-only";
import { revalidatePath } from "next/cache";
import { applyPendingInvalidations } from "@/lib/cache/outbox-poller";

/**
 * After a catalog write in a server action or route: the write queued the tags of the public pages
 * it changed (lib/cache/invalidation.ts); expire them now rather than at the next poll, so the
 * editor's next look at the public page is fresh. In a server action this also refreshes the admin
 * pages held in the editor's browser.
 */
export async function afterCatalogWrite() {
  await applyPendingInvalidations();
  try {
    revalidatePath("/admin", "layout");
  } catch {
    // Outside a request (nothing to refresh in a browser).
  }
}
