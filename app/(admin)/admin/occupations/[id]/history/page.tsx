import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireEditor } from "@/lib/auth/guards";
import { getEditableOccupation } from "@/lib/occupations/editable";
import { diffProfiles } from "@/lib/revisions/diff";
import { getRevisionContent, listRevisions } from "@/lib/revisions/history";
import { RestoreRevisionButton } from "../../_components/action-buttons";
import { VersionDiff } from "@/app/_components/version-diff";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string; to?: string }> };

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "History" };

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

  return (
    <>
      <p>
        <Link href={`/admin/occupations/${id}/edit`}>← Back to editing “{occ.content.name}”</Link>
      </p>
      <h1>History of “{occ.content.name}”</h1>
      {comparing && (
        <section aria-labelledby="compare-title" className="compare">
          <h2 id="compare-title">
            Changes from version {from} to version {to}
          </h2>
          {!a || !b ? (
            <p className="alert error" role="alert">
              One of those versions does not exist.
            </p>
          ) : (
            <VersionDiff diffs={diffs} />
          )}
        </section>
      )}
      <form method="get" className="history-form">
        <table className="admin-table">
          <caption>Saved versions, newest first. Pick two to compare.</caption>
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">Version</th>
              <th scope="col">Saved</th>
              <th scope="col">By</th>
              <th scope="col">As</th>
              <th scope="col">Note</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
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
                    aria-label={`Compare from version ${r.version}`}
                  />
                </td>
                <td>
                  <input
                    type="radio"
                    name="to"
                    value={r.version}
                    defaultChecked={r.version === selTo}
                    aria-label={`Compare to version ${r.version}`}
                  />
                </td>
                <th scope="row">
                  {r.version}
                  {r.version === latest ? " (current)" : ""}
                </th>
                <td>
                  <time dateTime={r.createdAt}>{r.createdAt.replace("T", " ").slice(0, 16)}</time>
                </td>
                <td>{r.author}</td>
                <td>{r.status === "published" ? "Published" : "Draft"}</td>
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
          <button type="submit">Compare selected versions</button>
        </p>
      </form>
    </>
  );
}
