import { useTranslations } from "next-intl";

export type StatusInfo = { status: "draft" | "published"; hasDraft: boolean; deleted: boolean };

/** The message key (Admin.Status) naming a profile's state. */
export function statusKey(s: StatusInfo): "deleted" | "draft" | "changes" | "published" {
  if (s.deleted) return "deleted";
  if (s.status === "draft") return "draft";
  return s.hasDraft ? "changes" : "published";
}

export function StatusBadge({ info, short }: { info: StatusInfo; short?: boolean }) {
  const t = useTranslations("Admin.Status");
  const kind = statusKey(info);
  return <span className={`badge badge-${kind}`}>{t(short && kind === "changes" ? "changesShort" : kind)}</span>;
}
