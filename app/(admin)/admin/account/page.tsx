import type { Metadata } from "next";
import { requireEditor } from "@/lib/auth/guards";
import { PASSWORD_MIN } from "@/lib/users/passwords";
import { listApiTokens } from "@/lib/users/tokens";
import { TokenTable } from "../_components/token-table";
import { ChangePasswordForm } from "./_components/change-password-form";
import { revokeOwnTokenAction } from "./actions";

export const metadata: Metadata = { title: "Your account" };
export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const user = await requireEditor();
  const tokens = await listApiTokens({ userId: user.id });
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
        Changing your password signs you out everywhere, this browser included, and revokes all your API tokens; sign in again with the new
        password.
      </p>
      <ChangePasswordForm passwordMin={PASSWORD_MIN} />
      <h2>Your API tokens</h2>
      <p className="muted">
        Tokens let scripts write over the API as you (<code>Authorization: Bearer …</code>). Create one with{" "}
        <code>npm run catalog -- token create --email {user.email}</code>; it expires after 90 days unless you give <code>--expires</code>.
        A revoked token is refused at once.
      </p>
      <TokenTable tokens={tokens} revoke={revokeOwnTokenAction} />
    </>
  );
}
