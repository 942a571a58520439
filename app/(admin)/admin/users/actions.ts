"use server";

import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/auth/action";
import { addUser, resetUserPassword, setUserActive, setUserRole } from "@/lib/users/manage";
import { activeChangeInput, passwordResetInput, roleChangeInput, tokenIdInput, userInput } from "@/lib/users/schema";
import { revokeApiToken } from "@/lib/users/tokens";

const actor = (u: { id: number; email: string }) => ({ id: u.id, email: u.email });

export const createUserAction = adminAction(userInput, async (input, user) => {
  await addUser(input, actor(user));
  revalidatePath("/admin/users");
  return { ok: true };
});

export const changeRoleAction = adminAction(roleChangeInput, async ({ id, role }, user) => {
  await setUserRole(id, role, actor(user));
  revalidatePath("/admin/users");
  return { ok: true };
});

export const setActiveAction = adminAction(activeChangeInput, async ({ id, active }, user) => {
  await setUserActive(id, active, actor(user));
  revalidatePath("/admin/users");
  return { ok: true };
});

export const resetPasswordAction = adminAction(passwordResetInput, async ({ id, password }, user) => {
  await resetUserPassword(id, password, actor(user));
  revalidatePath("/admin/users");
  return { ok: true };
});

/** Any user's token (admins only). */
export const revokeTokenAction = adminAction(tokenIdInput, async ({ id }, user) => {
  await revokeApiToken(id, actor(user));
  revalidatePath("/admin/users");
  return { ok: true };
});
