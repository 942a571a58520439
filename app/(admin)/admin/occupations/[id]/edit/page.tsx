import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireEditor } from "@/lib/auth/guards";
import { getTierTree } from "@/lib/classifications/browse";
import { getEditableOccupation } from "@/lib/occupations/editable";
import type { ProfileFormInput } from "@/lib/occupations/form-schema";
import { DeleteOccupationButton, RestoreDeletedButton } from "../../_components/action-buttons";
import { OccupationForm } from "../../_components/occupation-form";
import { StatusBadge, statusKey } from "../../_components/status-badge";
import { tierOptions } from "../../_components/tier-options";
import { saveOccupationAction } from "./actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string }> };

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin.Edit"))("title") };
}

const NOTICES = {
  created: "noticeCreated",
  "created-published": "noticeCreatedPublished",
  restored: "noticeRestored",
  unchanged: "noticeUnchanged",
} as const;
const isNotice = (n: string | undefined): n is keyof typeof NOTICES => !!n && Object.hasOwn(NOTICES, n);

export default async function EditOccupationPage({ params, searchParams }: Props) {
  await requireEditor();
  const id = Number((await params).id);
  if (!Number.isInteger(id)) notFound();
  const occ = await getEditableOccupation(id);
  if (!occ) notFound();
  const { notice } = await searchParams;
  const restoredVersion = /^restored-version-(\d+)$/.exec(notice ?? "")?.[1];
  const [t, status$, format] = await Promise.all([getTranslations("Admin.Edit"), getTranslations("Admin.Status"), getFormatter()]);
  const noticeText = restoredVersion
    ? t("noticeRestoredVersion", { version: restoredVersion })
    : isNotice(notice)
      ? t(NOTICES[notice])
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
        <Link href="/admin/occupations">{t("all")}</Link>
      </p>
      <header className="edit-header">
        <h1>{t("heading", { name: occ.content.name })}</h1>
        <p className="status-line">
          <StatusBadge info={status} />{" "}
          <span className="muted">
            {t.rich("versionLine", {
              version: occ.meta.version,
              time: () => (
                <time dateTime={occ.meta.updatedAt}>
                  {format.dateTime(new Date(occ.meta.updatedAt), {
                    year: "numeric",
                    month: "short",
                    day: "numeric",
                    hour: "2-digit",
                    minute: "2-digit",
                    timeZoneName: "short",
                  })}
                </time>
              ),
            })}
          </span>
        </p>
        <p className="visually-hidden" role="status">
          {t("statusSr", { status: status$(statusKey(status)) })}
        </p>
        <nav aria-label={t("thisProfile")} className="actions">
          <Link className="button secondary" href={`/admin/occupations/${id}/preview`}>
            {t("preview")}
          </Link>
          <Link className="button secondary" href={`/admin/occupations/${id}/history`}>
            {t("history")}
          </Link>
          {occ.meta.status === "published" && !occ.meta.deleted && (
            <Link className="button secondary" href={`/occupations/${occ.slug}`}>
              {t("publicPage")}
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
          <p>{t("deletedInfo")}</p>
          <RestoreDeletedButton id={id} label={t("restore")} />
        </div>
      ) : (
        <>
          {occ.meta.hasDraft && <p className="alert info">{t("hasDraft")}</p>}
          <OccupationForm
            key={id}
            id={id}
            initial={initial}
            status={status}
            tiers={tierOptions(await getTierTree())}
            save={saveOccupationAction}
          />
          <section className="danger-zone" aria-labelledby="danger-title">
            <h2 id="danger-title">{t("deleteTitle")}</h2>
            <p>{t("deleteText")}</p>
            <DeleteOccupationButton id={id} name={occ.content.name} />
          </section>
        </>
      )}
    </>
  );
}
