import type { Metadata } from "next";
import { requireAdmin } from "@/lib/auth/guards";
import { listUsers } from "@/lib/users/manage";
import { PASSWORD_MIN } from "@/lib/users/passwords";
import { listApiTokens } from "@/lib/users/tokens";
import { TokenTable } from "../_components/token-table";
import { CreateUserForm } from "./_components/create-user-form";
import { UserActions } from "./_components/user-actions";
import { revokeTokenAction } from "./actions";

export const metadata: Metadata = { title: "Users" };
export const dynamic = "force-dynamic";

export default async function UsersPage() {
  const me = await requireAdmin();
  const [users, tokens] = await Promise.all([listUsers(), listApiTokens()]);
  return (
    <>
      <h1>Users</h1>
      <p className="muted">
        Editors write and publish profiles; admins also manage users, the classification and the audit log. A role change, deactivation or
        password reset ends that user&apos;s sessions at once; a password reset also revokes their API tokens.
      </p>
      <div className="table-wrap">
        <table className="compact">
          <caption>{users.length} accounts</caption>
          <thead>
            <tr>
              <th scope="col">Email</th>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td>
                  {u.email}
                  {u.id === me.id && <span className="muted"> (you)</span>}
                </td>
                <td>{u.name}</td>
                <td>{u.role}</td>
                <td>{u.active ? <span className="badge">active</span> : <span className="badge off">deactivated</span>}</td>
                <td>
                  <UserActions user={{ id: u.id, email: u.email, role: u.role, active: u.active }} self={u.id === me.id} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>API tokens</h2>
      <p className="muted">Every user&apos;s tokens that are not revoked (expired ones too). A revoked token is refused at once.</p>
      <TokenTable tokens={tokens} showOwner revoke={revokeTokenAction} />
      <h2>Add a user</h2>
      <CreateUserForm passwordMin={PASSWORD_MIN} />
    </>
  );
}
