import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireEditor } from "@/lib/auth/guards";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin.Dashboard"))("title") };
}
export const dynamic = "force-dynamic";

export default async function AdminHome() {
  const user = await requireEditor();
  const t = await getTranslations("Admin.Dashboard");
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("signedInAs", { email: user.email })}</p>
      <ul>
        <li>{t.rich("occupations", { link: (c) => <Link href="/admin/occupations">{c}</Link> })}</li>
        <li>{t.rich("new", { link: (c) => <Link href="/admin/occupations/new">{c}</Link> })}</li>
        <li>{t.rich("import", { link: (c) => <Link href="/admin/import">{c}</Link> })}</li>
        <li>{t.rich("quality", { link: (c) => <Link href="/admin/quality">{c}</Link> })}</li>
      </ul>
    </>
  );
}
