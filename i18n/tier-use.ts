import type { TierUse } from "@/lib/classifications/tier-tree";
import type { Locale } from "./routing";

type UseKey = "occupations" | "deleted" | "groups" | "useIt";
type Words = {
  /** The `Admin.Tiers.inUse` messages. */
  phrase: (key: UseKey, values: Record<string, string | number>) => string;
  /** A level's name in the editor's language ("Minor", "小分類"). */
  level: (level: number) => string;
};

/** Why an entry cannot be deleted, in the editor's language: "3 occupations and 2 Minor groups use it". */
export function formatTierUse(u: TierUse, locale: Locale, { phrase, level }: Words): string {
  const parts: string[] = [];
  if (u.live) parts.push(phrase("occupations", { n: u.live }));
  if (u.deleted) parts.push(phrase("deleted", { n: u.deleted }));
  if (u.groups && u.childLevel) parts.push(phrase("groups", { n: u.groups, level: level(u.childLevel) }));
  const list = new Intl.ListFormat(locale, { type: "conjunction" }).format(parts);
  return phrase("useIt", { list, n: u.live + u.deleted + u.groups });
}
