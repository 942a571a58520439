import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProfileView } from "@/app/_components/profile-view";
import { requireEditor } from "@/lib/auth/guards";
import { getEditableOccupation, previewProfile } from "@/lib/occupations/editable";

type Props = { params: Promise<{ id: string }> };

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Preview", robots: { index: false } };

/** The saved draft exactly as the public page will show it once published. */
export default async function PreviewPage({ params }: Props) {
  await requireEditor();
  const id = Number((await params).id);
  if (!Number.isInteger(id)) notFound();
  const occ = await getEditableOccupation(id);
  if (!occ) notFound();
  const { profile, meta } = await previewProfile(occ);
  return (
    <>
      <div className="alert info preview-banner">
        <p>
          Preview of the saved {occ.meta.status === "published" && !occ.meta.hasDraft ? "published version" : "draft"} (version{" "}
          {occ.meta.version}). Unsaved changes in an open form are not shown.{" "}
          <Link href={`/admin/occupations/${id}/edit`}>Back to editing</Link>
        </p>
      </div>
      <ProfileView profile={profile} meta={meta} />
    </>
  );
}
