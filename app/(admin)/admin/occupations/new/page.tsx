import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireEditor } from "@/lib/auth/guards";
import { getTierTree } from "@/lib/classifications/browse";
import type { ProfileFormInput } from "@/lib/occupations/form-schema";
import { emptyProfile, NAME_MAX } from "@/lib/occupations/schema";
import { OccupationForm } from "../_components/occupation-form";
import { tierOptions } from "../_components/tier-options";
import { createOccupationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin.Edit"))("newTitle") };
}
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ name?: string | string[] }> };

export default async function NewOccupationPage({ searchParams }: Props) {
  await requireEditor();
  const t = await getTranslations("Admin.Edit");
  // ?name= prefills the name (the quality dashboard's "create a profile" for a search that found nothing).
  const asked = (await searchParams).name;
  const name = (Array.isArray(asked) ? asked[0] : asked)?.trim().slice(0, NAME_MAX) ?? "";
  const initial: ProfileFormInput = { ...emptyProfile(), name, industry: "", slug: "", message: "", reverseLinks: [] };
  return (
    <>
      <p>
        <Link href="/admin/occupations">{t("all")}</Link>
      </p>
      <h1>{t("newTitle")}</h1>
      <p className="muted">{t("newIntro")}</p>
      <OccupationForm initial={initial} tiers={tierOptions(await getTierTree())} save={createOccupationAction} />
    </>
  );
}
