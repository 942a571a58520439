import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireEditor } from "@/lib/auth/guards";
import { PASSWORD_MIN } from "@/lib/users/passwords";
import { listApiTokens } from "@/lib/users/tokens";
import { TokenTable } from "../_components/token-table";
import { ChangePasswordForm } from "./_components/change-password-form";
import { revokeOwnTokenAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin.Account"))("title") };
}
export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const user = await requireEditor();
  const [t, nav, tokens] = await Promise.all([
    getTranslations("Admin.Account"),
    getTranslations("Admin.Nav"),
    listApiTokens({ userId: user.id }),
  ]);
  return (
    <>
      <h1>{t("title")}</h1>
      <dl className="facts">
        <dt>{t("email")}</dt>
        <dd>{user.email}</dd>
        <dt>{t("role")}</dt>
        <dd>{nav(`role.${user.role}`)}</dd>
      </dl>
      <h2>{t("change")}</h2>
      <p className="muted">{t("changeNote")}</p>
      <ChangePasswordForm passwordMin={PASSWORD_MIN} />
      <h2>{t("tokensTitle")}</h2>
      <p className="muted">{t.rich("tokensNote", { code: (c) => <code>{c}</code>, email: user.email })}</p>
      <TokenTable tokens={tokens} revoke={revokeOwnTokenAction} />
    </>
  );
}
