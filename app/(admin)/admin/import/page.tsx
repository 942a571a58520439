import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getTierTree } from "@/lib/classifications/browse";
import { requireEditor } from "@/lib/auth/guards";
import { ImportForm } from "./_components/import-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin.Import"))("title") };
}
export const dynamic = "force-dynamic";

export default async function ImportPage() {
  await requireEditor();
  const [majors, t] = await Promise.all([getTierTree(), getTranslations("Admin.Import")]);
  return (
    <>
      <h1>{t("title")}</h1>
      <section aria-labelledby="import-title">
        <h2 id="import-title">{t("import")}</h2>
        <p>{t("intro")}</p>
        <ImportForm />
      </section>
      <section aria-labelledby="export-title">
        <h2 id="export-title">{t("export")}</h2>
        <form className="inline-form" action="/admin/export" method="get">
          <div className="field">
            <label htmlFor="export-format">{t("format")}</label>
            <select id="export-format" name="format" defaultValue="card">
              <option value="card">{t("cards")}</option>
              <option value="json">{t("json")}</option>
              <option value="csv">{t("csv")}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="export-major">{t("major")}</label>
            <select id="export-major" name="major" defaultValue="">
              <option value="">{t("wholeCatalog")}</option>
              {majors.map((m) => (
                <option key={m.id} value={m.name}>
                  {m.name}
                </option>
              ))}
            </select>
          </div>
          <div className="checkbox">
            <input id="export-all" type="checkbox" name="all" value="1" />
            <label htmlFor="export-all">{t("includeDrafts")}</label>
          </div>
          <button type="submit">{t("download")}</button>
        </form>
      </section>
    </>
  );
}
