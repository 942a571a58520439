import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { z } from "zod";
import { auditFilterOptions, listAudit } from "@/lib/audit/list";
import { requireAdmin } from "@/lib/auth/guards";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin.Audit"))("title") };
}
export const dynamic = "force-dynamic";

const query = z.object({
  actor: z.string().max(200).optional().catch(undefined),
  action: z.string().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAdmin();
  const q = query.parse(await searchParams);
  const actor = q.actor || undefined;
  const action = q.action || undefined;
  const [{ rows, total, page, pages }, options] = await Promise.all([listAudit({ actor, action, page: q.page }), auditFilterOptions()]);
  const [t, format] = await Promise.all([getTranslations("Admin.Audit"), getFormatter()]);
  // The action's name in the admin's language; its code (what the filter and the CLI use) beside it.
  const actionName = (code: string) => t("actionName", { action: code.replace(/[.-]/g, "_") });
  const href = (p: number) =>
    `/admin/audit?${new URLSearchParams({ ...(actor && { actor }), ...(action && { action }), page: String(p) })}`;
  return (
    <>
      <h1>{t("title")}</h1>
      <form className="filters" method="get" aria-label={t("filter")}>
        <div className="field">
          <label htmlFor="actor">{t("user")}</label>
          <select id="actor" name="actor" defaultValue={actor ?? ""}>
            <option value="">{t("everyone")}</option>
            {options.actors.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="action">{t("action")}</label>
          <select id="action" name="action" defaultValue={action ?? ""}>
            <option value="">{t("allActions")}</option>
            {options.actions.map((a) => (
              <option key={a} value={a}>
                {actionName(a)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("apply")}</button>
        {(actor || action) && <Link href="/admin/audit">{t("clear")}</Link>}
      </form>
      <div className="table-wrap" role="region" aria-label={t("title")} tabIndex={0}>
        <table className="compact">
          <caption>
            {t("caption", { count: total })}
            {pages > 1 && t("pageOf", { page, pages })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("when")}</th>
              <th scope="col">{t("who")}</th>
              <th scope="col">{t("action")}</th>
              <th scope="col">{t("target")}</th>
              <th scope="col">{t("detail")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td className="nowrap">
                  <time dateTime={r.createdAt}>
                    {format.dateTime(new Date(r.createdAt), {
                      year: "numeric",
                      month: "short",
                      day: "numeric",
                      hour: "2-digit",
                      minute: "2-digit",
                      second: "2-digit",
                      timeZoneName: "short",
                    })}
                  </time>
                </td>
                <td>{r.actor}</td>
                <td>
                  {actionName(r.action)} <code className="muted">{r.action}</code>
                </td>
                <td>{r.target}</td>
                <td>{r.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && <p>{t("none")}</p>}
      {pages > 1 && (
        <nav className="pager" aria-label={t("pages")}>
          {page > 1 ? (
            <Link href={href(page - 1)} rel="prev">
              {t("newer")}
            </Link>
          ) : (
            <span />
          )}
          <span className="muted">{t("page", { page, pages })}</span>
          {page < pages && (
            <Link href={href(page + 1)} rel="next">
              {t("older")}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
