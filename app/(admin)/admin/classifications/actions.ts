"use server";

import { afterCatalogWrite } from "@/lib/occupations/revalidate";
import { adminAction } from "@/lib/auth/action";
import { addTier, deleteTier, mergeTier, moveTier, renameTier } from "@/lib/classifications/manage";
import { tierAddInput, tierDeleteInput, tierMergeInput, tierMoveInput, tierRenameInput } from "@/lib/classifications/schema";

const actor = (u: { id: number; email: string }) => ({ id: u.id, email: u.email });

export const renameTierAction = adminAction(tierRenameInput, async ({ id, name }, user) => {
  await renameTier(id, name, actor(user));
  await afterCatalogWrite();
  return { ok: true };
});

export const moveTierAction = adminAction(tierMoveInput, async ({ id, parentId }, user) => {
  await moveTier(id, parentId, actor(user));
  await afterCatalogWrite();
  return { ok: true };
});

export const mergeTierAction = adminAction(tierMergeInput, async ({ id, intoId }, user) => {
  await mergeTier(id, intoId, actor(user));
  await afterCatalogWrite();
  return { ok: true };
});

export const addTierAction = adminAction(tierAddInput, async ({ parentId, name }, user) => {
  const id = await addTier(parentId, name, actor(user));
  await afterCatalogWrite();
  return { ok: true, data: { id } };
});

export const deleteTierAction = adminAction(tierDeleteInput, async ({ id }, user) => {
  await deleteTier(id, actor(user));
  await afterCatalogWrite();
  return { ok: true };
});
