import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { auditFilterOptions, listAudit } from "@/lib/audit/list";
import { requireAdmin } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Audit log" };
export const dynamic = "force-dynamic";

const query = z.object({
  actor: z.string().max(200).optional().catch(undefined),
  action: z.string().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});

const when = (iso: string) => iso.replace("T", " ").replace(/\.\d+Z$|Z$/, " UTC");

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAdmin();
  const q = query.parse(await searchParams);
  const actor = q.actor || undefined;
  const action = q.action || undefined;
  const [{ rows, total, page, pages }, options] = await Promise.all([listAudit({ actor, action, page: q.page }), auditFilterOptions()]);
  const href = (p: number) =>
    `/admin/audit?${new URLSearchParams({ ...(actor && { actor }), ...(action && { action }), page: String(p) })}`;
  return (
    <>
      <h1>Audit log</h1>
      <form className="filters" method="get" aria-label="Filter the audit log">
        <div className="field">
          <label htmlFor="actor">User</label>
          <select id="actor" name="actor" defaultValue={actor ?? ""}>
            <option value="">Everyone</option>
            {options.actors.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="action">Action</label>
          <select id="action" name="action" defaultValue={action ?? ""}>
            <option value="">All actions</option>
            {options.actions.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Filter</button>
        {(actor || action) && <Link href="/admin/audit">Clear filters</Link>}
      </form>
      <div className="table-wrap">
        <table className="compact">
          <caption>
            {total} {total === 1 ? "entry" : "entries"}, newest first{pages > 1 && ` (page ${page} of ${pages})`}
          </caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">Action</th>
              <th scope="col">Target</th>
              <th scope="col">Detail</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td className="nowrap">
                  <time dateTime={r.createdAt}>{when(r.createdAt)}</time>
                </td>
                <td>{r.actor}</td>
                <td>
                  <code>{r.action}</code>
                </td>
                <td>{r.target}</td>
                <td>{r.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && <p>No entries match.</p>}
      {pages > 1 && (
        <nav className="pager" aria-label="Audit log pages">
          {page > 1 ? (
            <Link href={href(page - 1)} rel="prev">
              ← Newer
            </Link>
          ) : (
            <span />
          )}
          <span className="muted">
            Page {page} of {pages}
          </span>
          {page < pages && (
            <Link href={href(page + 1)} rel="next">
              Older →
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
