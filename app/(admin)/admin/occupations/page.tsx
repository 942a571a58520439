import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireEditor } from "@/lib/auth/guards";
import { adminListQuery, listMajorNames, listOccupationsForAdmin, type AdminListQuery } from "@/lib/occupations/admin-list";
import { getEditableOccupation } from "@/lib/occupations/editable";
import { RestoreDeletedButton } from "./_components/action-buttons";
import { StatusBadge } from "./_components/status-badge";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin.List"))("title") };
}
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const STATUS_LABELS = {
  "": "statusAny",
  draft: "statusDraft",
  published: "statusPublished",
  changes: "statusChanges",
  deleted: "statusDeleted",
} as const;

function href(q: AdminListQuery, change: Partial<AdminListQuery>) {
  const next = { ...q, ...change };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.major) params.set("major", next.major);
  if (next.status) params.set("status", next.status);
  if (next.sort !== "updated") params.set("sort", next.sort);
  if (next.page > 1) params.set("page", String(next.page));
  const s = params.toString();
  return `/admin/occupations${s ? `?${s}` : ""}`;
}

export default async function OccupationsAdminPage({ searchParams }: Props) {
  await requireEditor();
  const raw = await searchParams;
  const one = (k: string) => (Array.isArray(raw[k]) ? raw[k][0] : raw[k]);
  const query = adminListQuery.parse({
    q: one("q") ?? "",
    major: one("major") ?? "",
    status: one("status") ?? "",
    sort: one("sort") ?? "updated",
    page: one("page") ?? 1,
  });
  const [{ total, rows, pageSize }, majors] = await Promise.all([listOccupationsForAdmin(query), listMajorNames()]);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const [t, format] = await Promise.all([getTranslations("Admin.List"), getFormatter()]);
  const deletedId = Number(one("deleted"));
  const deleted = Number.isInteger(deletedId) && deletedId > 0 ? await getEditableOccupation(deletedId) : undefined;

  return (
    <>
      <div className="page-title">
        <h1>{t("title")}</h1>
        <Link className="button" href="/admin/occupations/new">
          {t("new")}
        </Link>
      </div>
      {deleted?.meta.deleted && (
        <div className="alert success" role="status">
          <p>
            {t("deletedNotice", { name: deleted.content.name })} <RestoreDeletedButton id={deleted.id} label={t("undo")} />
          </p>
        </div>
      )}
      <form className="filters" method="get" role="search" aria-label={t("filter")}>
        <div className="field">
          <label htmlFor="q">{t("search")}</label>
          <input id="q" name="q" type="search" defaultValue={query.q} placeholder={t("searchPlaceholder")} />
        </div>
        <div className="field">
          <label htmlFor="major">{t("major")}</label>
          <select id="major" name="major" defaultValue={query.major}>
            <option value="">{t("all")}</option>
            {majors.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="status">{t("status")}</label>
          <select id="status" name="status" defaultValue={query.status}>
            {Object.entries(STATUS_LABELS).map(([v, l]) => (
              <option key={v} value={v}>
                {t(l)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="sort">{t("sort")}</label>
          <select id="sort" name="sort" defaultValue={query.sort}>
            <option value="updated">{t("sortUpdated")}</option>
            <option value="name">{t("sortName")}</option>
          </select>
        </div>
        <button type="submit">{t("apply")}</button>
        {(query.q || query.major || query.status || query.sort !== "updated") && <Link href="/admin/occupations">{t("clear")}</Link>}
      </form>
      <p className="muted" role="status">
        {t("count", { count: total })}
        {pages > 1 ? t("pageOf", { page: query.page, pages }) : ""}
      </p>
      {rows.length > 0 ? (
        <table className="admin-table">
          <caption className="visually-hidden">{t("caption", { sort: query.sort })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("colName")}</th>
              <th scope="col">{t("colMajor")}</th>
              <th scope="col">{t("colStatus")}</th>
              <th scope="col">{t("colUpdated")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("colActions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  {r.deleted ? r.name : <Link href={`/admin/occupations/${r.id}/edit`}>{r.name}</Link>}
                  <div className="muted small">{r.slug}</div>
                </th>
                <td>{r.major}</td>
                <td>
                  <StatusBadge info={{ status: r.status, hasDraft: r.hasDraft, deleted: r.deleted }} short />
                </td>
                <td>
                  <time dateTime={r.updatedAt}>{format.dateTime(new Date(r.updatedAt), { dateStyle: "medium", timeStyle: "short" })}</time>
                </td>
                <td className="row-actions">
                  {r.deleted ? (
                    <RestoreDeletedButton id={r.id} label={t("restore")} />
                  ) : (
                    <Link href={`/admin/occupations/${r.id}/edit`}>
                      {t("edit")}
                      <span className="visually-hidden"> {r.name}</span>
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>
          {t("noMatch")} <Link href="/admin/occupations">{t("showAll")}</Link>
        </p>
      )}
      {pages > 1 && (
        <nav aria-label={t("pages")} className="pagination">
          {query.page > 1 ? (
            <Link href={href(query, { page: query.page - 1 })} rel="prev">
              {t("previous")}
            </Link>
          ) : (
            <span />
          )}
          <span>{t("page", { page: query.page, pages })}</span>
          {query.page < pages ? (
            <Link href={href(query, { page: query.page + 1 })} rel="next">
              {t("next")}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </>
  );
}
