"use server";

import { editorAction } from "@/lib/auth/action";
import { changeOwnPassword } from "@/lib/users/manage";
import { passwordChangeInput } from "@/lib/users/schema";

/** Every session of the user ends (sessionVersion bump), this one included: the form signs out next. */
export const changePasswordAction = editorAction(passwordChangeInput, async ({ currentPassword, newPassword }, user) => {
  await changeOwnPassword(user.id, currentPassword, newPassword);
  return { ok: true };
});
