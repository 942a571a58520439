import { getTranslations } from "next-intl/server";
import type { ActionResult } from "@/lib/auth/action";
import { isExpired, type ApiTokenRow } from "@/lib/users/tokens";
import { RevokeTokenButton } from "./revoke-token-button";

type Props = {
  tokens: ApiTokenRow[];
  /** Show whose token it is (the admin's list of every user's tokens). */
  showOwner?: boolean;
  revoke: (input: { id: number }) => Promise<ActionResult>;
};

/** API tokens (never their secret) with a revoke button each; the action checks the role again. */
export async function TokenTable({ tokens, showOwner = false, revoke }: Props) {
  const t = await getTranslations("Admin.Tokens");
  // ISO-like date and time in UTC: the same in both languages, and what the CLI prints.
  const when = (iso: string | null) => (iso ? iso.replace("T", " ").replace(/:\d\d(\.\d+)?Z$/, " UTC") : t("never"));
  if (tokens.length === 0) return <p className="empty-state">{t("none")}</p>;
  const now = new Date();
  return (
    <div className="table-wrap" role="region" aria-label={t("caption", { count: tokens.length })} tabIndex={0}>
      <table className="compact">
        <caption>{t("caption", { count: tokens.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("id")}</th>
            {showOwner && <th scope="col">{t("user")}</th>}
            <th scope="col">{t("name")}</th>
            <th scope="col">{t("created")}</th>
            <th scope="col">{t("lastUsed")}</th>
            <th scope="col">{t("expires")}</th>
            <th scope="col">{t("actions")}</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((tok) => {
            const label = t("label", { id: tok.id, name: tok.name || "none", owner: showOwner ? tok.email : "none" });
            return (
              <tr key={tok.id}>
                <td>{tok.id}</td>
                {showOwner && <td>{tok.email}</td>}
                <td>{tok.name || <span className="muted">{t("unnamed")}</span>}</td>
                <td>{when(tok.createdAt)}</td>
                <td>{when(tok.lastUsedAt)}</td>
                <td>
                  {when(tok.expiresAt)}
                  {isExpired(tok, now) && (
                    <>
                      {" "}
                      <span className="badge off">{t("expired")}</span>
                    </>
                  )}
                </td>
                <td>
                  <RevokeTokenButton id={tok.id} label={label} revoke={revoke} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
