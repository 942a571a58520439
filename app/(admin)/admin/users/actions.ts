"use server";

import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/auth/action";
import { addUser, resetUserPassword, setUserActive, setUserRole } from "@/lib/users/manage";
import { activeChangeInput, passwordResetInput, roleChangeInput, userInput } from "@/lib/users/schema";

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
