import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/auth/guards";
import { listUsers } from "@/lib/users/manage";
import { PASSWORD_MIN } from "@/lib/users/passwords";
import { listApiTokens } from "@/lib/users/tokens";
import { TokenTable } from "../_components/token-table";
import { CreateUserForm } from "./_components/create-user-form";
import { UserActions } from "./_components/user-actions";
import { revokeTokenAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin.Users"))("title") };
}
export const dynamic = "force-dynamic";

export default async function UsersPage() {
  const me = await requireAdmin();
  const [users, tokens] = await Promise.all([listUsers(), listApiTokens()]);
  const [t, nav] = await Promise.all([getTranslations("Admin.Users"), getTranslations("Admin.Nav")]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <div className="table-wrap" role="region" aria-label={t("title")} tabIndex={0}>
        <table className="compact">
          <caption>{t("caption", { count: users.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("email")}</th>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("role")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("actions")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td>
                  {u.email}
                  {u.id === me.id && <span className="muted">{t("you")}</span>}
                </td>
                <td>{u.name}</td>
                <td>{nav(`role.${u.role}`)}</td>
                <td>
                  {u.active ? (
                    <span className="badge">{t("statusActive")}</span>
                  ) : (
                    <span className="badge off">{t("statusDeactivated")}</span>
                  )}
                </td>
                <td>
                  <UserActions user={{ id: u.id, email: u.email, role: u.role, active: u.active }} self={u.id === me.id} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t("tokensTitle")}</h2>
      <p className="muted">{t("tokensIntro")}</p>
      <TokenTable tokens={tokens} showOwner revoke={revokeTokenAction} />
      <h2>{t("add")}</h2>
      <CreateUserForm passwordMin={PASSWORD_MIN} />
    </>
  );
}
