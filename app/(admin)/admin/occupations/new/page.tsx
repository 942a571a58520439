import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireEditor } from "@/lib/auth/guards";
import { getTierTree } from "@/lib/classifications/browse";
import type { ProfileFormInput } from "@/lib/occupations/form-schema";
import { emptyProfile } from "@/lib/occupations/schema";
import { OccupationForm } from "../_components/occupation-form";
import { tierOptions } from "../_components/tier-options";
import { createOccupationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin.Edit"))("newTitle") };
}
export const dynamic = "force-dynamic";

export default async function NewOccupationPage() {
  await requireEditor();
  const t = await getTranslations("Admin.Edit");
  const initial: ProfileFormInput = { ...emptyProfile(), industry: "", slug: "", message: "", reverseLinks: [] };
  return (
    <>
      <p><Link href="/admin/occupations">{t("all")}</Link></p>
      <h1>{t("newTitle")}</h1>
      <p className="muted">{t("newIntro")}</p>
      <OccupationForm initial={initial} tiers={tierOptions(await getTierTree())} save={createOccupationAction} />
    </>
  );
}
