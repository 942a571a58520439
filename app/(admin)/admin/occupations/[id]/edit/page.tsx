import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireEditor } from "@/lib/auth/guards";
import { getTierTree } from "@/lib/classifications/browse";
import { getEditableOccupation } from "@/lib/occupations/editable";
import type { ProfileFormInput } from "@/lib/occupations/form-schema";
import { DeleteOccupationButton, RestoreDeletedButton } from "../../_components/action-buttons";
import { OccupationForm } from "../../_components/occupation-form";
import { StatusBadge, statusText } from "../../_components/status-badge";
import { tierOptions } from "../../_components/tier-options";
import { saveOccupationAction } from "./actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string }> };

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit occupation" };

const NOTICES: Record<string, string> = {
  created: "Created as a draft. Only editors can see it until you publish it.",
  "created-published": "Created and published.",
  restored: "Restored: the profile is back where it was before it was deleted.",
  unchanged: "That version has the same content as the current one; nothing changed.",
};

export default async function EditOccupationPage({ params, searchParams }: Props) {
  await requireEditor();
  const id = Number((await params).id);
  if (!Number.isInteger(id)) notFound();
  const occ = await getEditableOccupation(id);
  if (!occ) notFound();
  const { notice } = await searchParams;
  const restoredVersion = /^restored-version-(\d+)$/.exec(notice ?? "")?.[1];
  const noticeText = restoredVersion
    ? `Version ${restoredVersion} restored as a new draft. Publish it to put it on the public site.`
    : notice
      ? NOTICES[notice]
      : undefined;
  const status = { status: occ.meta.status, hasDraft: occ.meta.hasDraft, deleted: occ.meta.deleted };
  const initial: ProfileFormInput = {
    ...occ.content,
    industry: occ.content.industry ?? "",
    slug: occ.slug,
    expectedVersion: occ.meta.version,
    message: "",
    reverseLinks: [],
  };
  return (
    <>
      <p>
        <Link href="/admin/occupations">← All occupations</Link>
      </p>
      <header className="edit-header">
        <h1>Edit “{occ.content.name}”</h1>
        <p className="status-line">
          <StatusBadge info={status} />{" "}
          <span className="muted">
            Version {occ.meta.version}, last saved{" "}
            <time dateTime={occ.meta.updatedAt}>{occ.meta.updatedAt.replace("T", " ").slice(0, 16)} UTC</time>
          </span>
        </p>
        <p className="visually-hidden" role="status">
          Status: {statusText(status)}
        </p>
        <nav aria-label="This profile" className="actions">
          <Link className="button secondary" href={`/admin/occupations/${id}/preview`}>
            Preview saved draft
          </Link>
          <Link className="button secondary" href={`/admin/occupations/${id}/history`}>
            History
          </Link>
          {occ.meta.status === "published" && !occ.meta.deleted && (
            <Link className="button secondary" href={`/occupations/${occ.slug}`}>
              Public page
            </Link>
          )}
        </nav>
      </header>
      {noticeText && (
        <div className="alert success" role="status">
          {noticeText}
        </div>
      )}
      {occ.meta.deleted ? (
        <div className="alert info">
          <p>This profile is deleted: it is hidden from the public site and search.</p>
          <RestoreDeletedButton id={id} label="Restore" />
        </div>
      ) : (
        <>
          {occ.meta.hasDraft && (
            <p className="alert info">
              The public page still shows the published version. The form below holds the unpublished changes; press Publish to put them
              live.
            </p>
          )}
          <OccupationForm
            key={id}
            id={id}
            initial={initial}
            status={status}
            tiers={tierOptions(await getTierTree())}
            save={saveOccupationAction}
          />
          <section className="danger-zone" aria-labelledby="danger-title">
            <h2 id="danger-title">Delete</h2>
            <p>Deleting hides the profile everywhere. It can be undone.</p>
            <DeleteOccupationButton id={id} name={occ.content.name} />
          </section>
        </>
      )}
    </>
  );
}
