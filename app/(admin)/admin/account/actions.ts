"use server";

import { editorAction } from "@/lib/auth/action";
import { changeOwnPassword } from "@/lib/users/manage";
import { revalidatePath } from "next/cache";
import { passwordChangeInput, tokenIdInput } from "@/lib/users/schema";
import { revokeApiToken } from "@/lib/users/tokens";

/** Every session of the user ends (sessionVersion bump), this one included: the form signs out next. */
export const changePasswordAction = editorAction(passwordChangeInput, async ({ currentPassword, newPassword }, user) => {
  await changeOwnPassword(user.id, currentPassword, newPassword);
  return { ok: true };
});

/** Only one's own token: another user's id is "not found" (admins revoke those on /admin/users). */
export const revokeOwnTokenAction = editorAction(tokenIdInput, async ({ id }, user) => {
  await revokeApiToken(id, { id: user.id, email: user.email }, { ownerId: user.id });
  revalidatePath("/admin/account");
  return { ok: true };
});
