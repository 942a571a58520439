import type { ActionResult } from "@/lib/auth/action";
import { isExpired, type ApiTokenRow } from "@/lib/users/tokens";
import { RevokeTokenButton } from "./revoke-token-button";

const when = (iso: string | null) => (iso ? iso.replace("T", " ").replace(/:\d\d(\.\d+)?Z$/, " UTC") : "never");

type Props = {
  tokens: ApiTokenRow[];
  /** Show whose token it is (the admin's list of every user's tokens). */
  showOwner?: boolean;
  revoke: (input: { id: number }) => Promise<ActionResult>;
};

/** API tokens (never their secret) with a revoke button each; the action checks the role again. */
export function TokenTable({ tokens, showOwner = false, revoke }: Props) {
  if (tokens.length === 0) return <p className="empty-state">No API tokens.</p>;
  const now = new Date();
  return (
    <div className="table-wrap">
      <table className="compact">
        <caption>{tokens.length} {tokens.length === 1 ? "token" : "tokens"}, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Id</th>
            {showOwner && <th scope="col">User</th>}
            <th scope="col">Name</th>
            <th scope="col">Created</th>
            <th scope="col">Last used</th>
            <th scope="col">Expires</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((t) => {
            const label = `token ${t.id}${t.name ? ` (${t.name})` : ""}${showOwner ? ` of ${t.email}` : ""}`;
            return (
              <tr key={t.id}>
                <td>{t.id}</td>
                {showOwner && <td>{t.email}</td>}
                <td>{t.name || <span className="muted">unnamed</span>}</td>
                <td>{when(t.createdAt)}</td>
                <td>{when(t.lastUsedAt)}</td>
                <td>
                  {when(t.expiresAt)}
                  {isExpired(t, now) && <> <span className="badge off">expired</span></>}
                </td>
                <td><RevokeTokenButton id={t.id} label={label} revoke={revoke} /></td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
