export type StatusInfo = { status: "draft" | "published"; hasDraft: boolean; deleted: boolean };

export function statusText(s: StatusInfo): string {
  if (s.deleted) return "Deleted";
  if (s.status === "draft") return "Draft";
  return s.hasDraft ? "Published — unpublished changes pending" : "Published";
}

export function StatusBadge({ info, short }: { info: StatusInfo; short?: boolean }) {
  const kind = info.deleted ? "deleted" : info.status === "draft" ? "draft" : info.hasDraft ? "changes" : "published";
  const text = short && kind === "changes" ? "Published · changes pending" : statusText(info);
  return <span className={`badge badge-${kind}`}>{text}</span>;
}
