import type { Metadata } from "next";
import Link from "next/link";
import { requireEditor } from "@/lib/auth/guards";
import { adminListQuery, listMajorNames, listOccupationsForAdmin, type AdminListQuery } from "@/lib/occupations/admin-list";
import { getEditableOccupation } from "@/lib/occupations/editable";
import { RestoreDeletedButton } from "./_components/action-buttons";
import { StatusBadge } from "./_components/status-badge";

export const metadata: Metadata = { title: "Occupations" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const STATUS_LABELS = {
  "": "Any (not deleted)",
  draft: "Draft",
  published: "Published",
  changes: "Has unpublished changes",
  deleted: "Deleted",
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
  const deletedId = Number(one("deleted"));
  const deleted = Number.isInteger(deletedId) && deletedId > 0 ? await getEditableOccupation(deletedId) : undefined;

  return (
    <>
      <div className="page-title">
        <h1>Occupations</h1>
        <Link className="button" href="/admin/occupations/new">
          New occupation
        </Link>
      </div>
      {deleted?.meta.deleted && (
        <div className="alert success" role="status">
          <p>
            “{deleted.content.name}” was deleted. <RestoreDeletedButton id={deleted.id} label="Undo" />
          </p>
        </div>
      )}
      <form className="filters" method="get" role="search" aria-label="Filter occupations">
        <div className="field">
          <label htmlFor="q">Search</label>
          <input id="q" name="q" type="search" defaultValue={query.q} placeholder="Name, slug, reading or alias" />
        </div>
        <div className="field">
          <label htmlFor="major">Major tier</label>
          <select id="major" name="major" defaultValue={query.major}>
            <option value="">All</option>
            {majors.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="status">Status</label>
          <select id="status" name="status" defaultValue={query.status}>
            {Object.entries(STATUS_LABELS).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="sort">Sort by</label>
          <select id="sort" name="sort" defaultValue={query.sort}>
            <option value="updated">Last update</option>
            <option value="name">Name</option>
          </select>
        </div>
        <button type="submit">Apply</button>
        {(query.q || query.major || query.status || query.sort !== "updated") && <Link href="/admin/occupations">Clear</Link>}
      </form>
      <p className="muted" role="status">
        {total} occupation{total === 1 ? "" : "s"}
        {pages > 1 ? `, page ${query.page} of ${pages}` : ""}
      </p>
      {rows.length > 0 ? (
        <table className="admin-table">
          <caption className="visually-hidden">Occupations, sorted by {query.sort === "name" ? "name" : "last update"}</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Major tier</th>
              <th scope="col">Status</th>
              <th scope="col">Updated</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
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
                  <time dateTime={r.updatedAt}>{r.updatedAt.replace("T", " ").slice(0, 16)}</time>
                </td>
                <td className="row-actions">
                  {r.deleted ? (
                    <RestoreDeletedButton id={r.id} label={`Restore`} />
                  ) : (
                    <Link href={`/admin/occupations/${r.id}/edit`}>
                      Edit<span className="visually-hidden"> {r.name}</span>
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>
          No occupation matches. <Link href="/admin/occupations">Show all</Link>
        </p>
      )}
      {pages > 1 && (
        <nav aria-label="Pages" className="pagination">
          {query.page > 1 ? (
            <Link href={href(query, { page: query.page - 1 })} rel="prev">
              ← Previous
            </Link>
          ) : (
            <span />
          )}
          <span>
            Page {query.page} of {pages}
          </span>
          {query.page < pages ? (
            <Link href={href(query, { page: query.page + 1 })} rel="next">
              Next →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </>
  );
}
