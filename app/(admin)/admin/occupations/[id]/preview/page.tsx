import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ProfileView } from "@/app/_components/profile-view";
import { requireEditor } from "@/lib/auth/guards";
import { getEditableOccupation, previewProfile } from "@/lib/occupations/editable";

type Props = { params: Promise<{ id: string }> };

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin.Preview"))("title"), robots: { index: false } };
}

/** The saved draft exactly as the public page will show it once published. */
export default async function PreviewPage({ params }: Props) {
  await requireEditor();
  const id = Number((await params).id);
  if (!Number.isInteger(id)) notFound();
  const occ = await getEditableOccupation(id);
  if (!occ) notFound();
  const { profile, meta } = await previewProfile(occ);
  const t = await getTranslations("Admin.Preview");
  return (
    <>
      <div className="alert info preview-banner">
        <p>
          {t("banner", { what: occ.meta.status === "published" && !occ.meta.hasDraft ? "published" : "draft", version: occ.meta.version })}{" "}
          <Link href={`/admin/occupations/${id}/edit`}>{t("back")}</Link>
        </p>
      </div>
      <ProfileView profile={profile} meta={meta} />
    </>
  );
}
