import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireEditor } from "@/lib/auth/guards";
import { PASSWORD_MIN } from "@/lib/users/passwords";
import { ChangePasswordForm } from "./_components/change-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin.Account"))("title") };
}
export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const user = await requireEditor();
  const [t, nav] = await Promise.all([getTranslations("Admin.Account"), getTranslations("Admin.Nav")]);
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
    </>
  );
}
