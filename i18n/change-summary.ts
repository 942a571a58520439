import type { FieldKey } from "@/lib/revisions/diff";
import type { ChangeSummary } from "@/lib/revisions/change-summary";

type SummaryKey =
  "first" | "noChange" | "changed" | "sectionCounts" | "added" | "removed" | "reworded" | "moved" | "separator" | "countSeparator";
type Words = {
  /** The `History.summary` messages. */
  summary: (key: SummaryKey, values?: Record<string, string | number>) => string;
  /** A section's name (`Admin.Fields`). */
  field: (key: FieldKey) => string;
};

const COUNTS = ["added", "removed", "reworded", "moved"] as const;

/** One line in the reader's language: "Changed: Summary; Required skills (1 added, 1 moved)." */
export function formatChangeSummary(s: ChangeSummary, { summary, field }: Words): string {
  if (s.kind === "first") return summary("first");
  if (s.kind === "none") return summary("noChange");
  const sections = s.sections.map((c) => {
    const counts = COUNTS.filter((k) => c[k] > 0).map((k) => summary(k, { n: c[k] }));
    return counts.length
      ? summary("sectionCounts", { section: field(c.key), counts: counts.join(summary("countSeparator")) })
      : field(c.key);
  });
  return summary("changed", { sections: sections.join(summary("separator")) });
}
