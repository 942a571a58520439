import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireEditor } from "@/lib/auth/guards";
import { getEditableOccupation } from "@/lib/occupations/editable";
import { diffProfiles } from "@/lib/revisions/diff";
import { getRevisionContent, listRevisions } from "@/lib/revisions/history";
import { RestoreRevisionButton } from "../../_components/action-buttons";
import { VersionDiff } from "@/app/_components/version-diff";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string; to?: string }> };

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin.History"))("title") };
}

export default async function HistoryPage({ params, searchParams }: Props) {
  await requireEditor();
  const id = Number((await params).id);
  if (!Number.isInteger(id)) notFound();
  const occ = await getEditableOccupation(id);
  if (!occ) notFound();
  const revisions = await listRevisions(id);
  const sp = await searchParams;
  const from = Number(sp.from);
  const to = Number(sp.to);
  const latest = revisions[0]?.version;
  const selFrom = Number.isInteger(from) && from > 0 ? from : revisions[1]?.version;
  const selTo = Number.isInteger(to) && to > 0 ? to : latest;
  const comparing = sp.from !== undefined && sp.to !== undefined;
  const [a, b] = comparing ? await Promise.all([getRevisionContent(id, from), getRevisionContent(id, to)]) : [undefined, undefined];
  const diffs = a && b ? diffProfiles(a, b) : [];
  const [t, format] = await Promise.all([getTranslations("Admin.History"), getFormatter()]);

  return (
    <>
      <p>
        <Link href={`/admin/occupations/${id}/edit`}>{t("back", { name: occ.content.name })}</Link>
      </p>
      <h1>{t("heading", { name: occ.content.name })}</h1>
      {comparing && (
        <section aria-labelledby="compare-title" className="compare">
          <h2 id="compare-title">{t("compareHeading", { from, to })}</h2>
          {!a || !b ? (
            <p className="alert error" role="alert">
              {t("missing")}
            </p>
          ) : (
            <VersionDiff diffs={diffs} />
          )}
        </section>
      )}
      <form method="get" className="history-form">
        <table className="admin-table">
          <caption>{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("from")}</th>
              <th scope="col">{t("to")}</th>
              <th scope="col">{t("version")}</th>
              <th scope="col">{t("saved")}</th>
              <th scope="col">{t("by")}</th>
              <th scope="col">{t("as")}</th>
              <th scope="col">{t("note")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((r) => (
              <tr key={`${r.version}-${r.createdAt}`}>
                <td>
                  <input
                    type="radio"
                    name="from"
                    value={r.version}
                    defaultChecked={r.version === selFrom}
                    aria-label={t("compareFrom", { version: r.version })}
                  />
                </td>
                <td>
                  <input
                    type="radio"
                    name="to"
                    value={r.version}
                    defaultChecked={r.version === selTo}
                    aria-label={t("compareTo", { version: r.version })}
                  />
                </td>
                <th scope="row">
                  {r.version}
                  {r.version === latest ? t("current") : ""}
                </th>
                <td>
                  <time dateTime={r.createdAt}>{format.dateTime(new Date(r.createdAt), { dateStyle: "medium", timeStyle: "short" })}</time>
                </td>
                <td>{r.author}</td>
                <td>{t(r.status === "published" ? "published" : "draft")}</td>
                <td>{r.message}</td>
                <td>
                  {r.version !== latest && !occ.meta.deleted && (
                    <RestoreRevisionButton id={id} version={r.version} expectedVersion={occ.meta.version} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          <button type="submit">{t("compare")}</button>
        </p>
      </form>
    </>
  );
}
