import type { ListRows } from "@/lib/occupations/list-rows";

/** What search reads of a profile's lists: its aliases, and every skill-like item (traits, skills, aptitude items). */
export function indexedTerms(rows: ListRows, id: number): { aliases: string[]; skills: string[] } {
  const terms = rows.terms.filter((t) => t.id === id);
  return {
    aliases: terms.filter((t) => t.list === "alias").map((t) => t.value),
    skills: [
      ...terms.filter((t) => t.list !== "alias").map((t) => t.value),
      ...rows.aptitudes.filter((a) => a.id === id).map((a) => a.item),
    ],
  };
}
