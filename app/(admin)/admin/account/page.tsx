import type { Metadata } from "next";
import { requireEditor } from "@/lib/auth/guards";
import { PASSWORD_MIN } from "@/lib/users/passwords";
import { ChangePasswordForm } from "./_components/change-password-form";

export const metadata: Metadata = { title: "Your account" };
export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const user = await requireEditor();
  return (
    <>
      <h1>Your account</h1>
      <dl className="facts">
        <dt>Email</dt>
        <dd>{user.email}</dd>
        <dt>Role</dt>
        <dd>{user.role}</dd>
      </dl>
      <h2>Change password</h2>
      <p className="muted">
        Changing your password signs you out everywhere, this browser included; sign in again with the new password.
      </p>
      <ChangePasswordForm passwordMin={PASSWORD_MIN} />
    </>
  );
}
