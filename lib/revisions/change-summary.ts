import type { ProfileContent } from "@/lib/occupations/schema";
import { diffProfiles, type FieldDiff } from "./diff";

/** One changed section: for lists, how many items were added, removed, reworded and moved. */
export type SectionChange = { key: FieldDiff["key"]; added: number; removed: number; reworded: number; moved: number };

/**
 * What changed between two published versions, as data: the page words it in the reader's
 * language (i18n/change-summary.ts). `first` is the first published version.
 */
export type ChangeSummary = { kind: "first" } | { kind: "none" } | { kind: "changed"; sections: SectionChange[] };

/** `before` undefined means the first published version. */
export function summariseChange(before: ProfileContent | undefined, after: ProfileContent): ChangeSummary {
  if (!before) return { kind: "first" };
  const sections: SectionChange[] = [];
  for (const d of diffProfiles(before, after)) {
    if (!d.changed) continue;
    const count = (kind: string) => (d.type === "text" ? 0 : d.items.filter((e) => e.kind === kind).length);
    sections.push({ key: d.key, added: count("added"), removed: count("removed"), reworded: count("changed"), moved: count("moved") });
  }
  return sections.length ? { kind: "changed", sections } : { kind: "none" };
}
