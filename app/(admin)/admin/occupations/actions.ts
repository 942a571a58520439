"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { editorAction } from "@/lib/auth/action";
import { undeleteOccupation } from "@/lib/occupations/edit";
import { searchLinkTargets, type LinkTarget } from "@/lib/occupations/link-targets";
import { afterCatalogWrite } from "@/lib/occupations/revalidate";

/** Related-jobs picker: other live profiles matching a name, reading or alias. */
const linkTargetQuery = z.object({ q: z.string().max(200), excludeId: z.number().int().optional() });
export const findLinkTargets = editorAction<typeof linkTargetQuery, LinkTarget[]>(linkTargetQuery, async ({ q, excludeId }) => ({
  ok: true,
  data: await searchLinkTargets(q, excludeId),
}));

/** Undo a soft delete (the "Undo" right after deleting, and "Restore" in the list). */
export const restoreDeletedOccupation = editorAction(z.object({ id: z.number().int() }), async ({ id }, user) => {
  const r = await undeleteOccupation(id, { actor: { id: user.id, email: user.email } });
  await afterCatalogWrite();
  redirect(`/admin/occupations/${id}/edit?notice=restored`);
});
