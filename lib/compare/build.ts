import { nameKey } from "@/lib/occupations/name-key";
import type { Profile } from "@/lib/occupations/schema";
import type { CompareRow, CompareSection, Comparison } from "./schema";

type Cell = CompareRow["cells"][number];
/** What one profile says about one item of a section. */
type Entry = { item: string; cell: Omit<Cell, "has"> };

const SECTIONS: { key: CompareSection["key"]; title: string; entries: (p: Profile) => Entry[] }[] = [
  { key: "personalityTraits", title: "Personality traits", entries: (p) => p.personalityTraits.map((item) => ({ item, cell: {} })) },
  { key: "requiredSkills", title: "Required skills", entries: (p) => p.requiredSkills.map((item) => ({ item, cell: {} })) },
  { key: "recommendedSkills", title: "Recommended skills", entries: (p) => p.recommendedSkills.map((item) => ({ item, cell: {} })) },
  {
    key: "strengths",
    title: "Strengths preferred",
    entries: (p) => p.aptitudes.strengths.map((a) => ({ item: a.item, cell: { reason: a.reason } })),
  },
  {
    key: "weaknesses",
    title: "Weaknesses acceptable",
    entries: (p) => p.aptitudes.weaknesses.map((a) => ({ item: a.item, cell: { reason: a.reason } })),
  },
  {
    key: "careerPath",
    title: "Career path",
    entries: (p) => p.careerPath.map((s, i) => ({ item: s.name, cell: { step: i + 1, slug: s.slug ?? null } })),
  },
  {
    key: "relatedJobs",
    title: "Related jobs",
    entries: (p) => p.relatedJobs.map((r) => ({ item: r.name, cell: { slug: r.slug ?? null } })),
  },
];

/**
 * One row per distinct item (compared by name key: case, width and spacing do not matter), with a
 * cell per profile. Rows all profiles share come first, in the first profile's order; then the
 * others in order of first appearance, so the differences sit together below what is common.
 */
function sectionRows(profiles: Profile[], entries: (p: Profile) => Entry[]): CompareRow[] {
  const rows = new Map<string, { item: string; cells: Cell[] }>();
  profiles.forEach((p, col) => {
    for (const e of entries(p)) {
      const key = nameKey(e.item);
      let row = rows.get(key);
      if (!row) {
        row = { item: e.item, cells: profiles.map(() => ({ has: false })) };
        rows.set(key, row);
      }
      // A list naming an item twice keeps its first mention.
      if (!row.cells[col].has) row.cells[col] = { has: true, ...e.cell };
    }
  });
  const all = [...rows.values()].map((r): CompareRow => {
    const holders = r.cells.flatMap((c, i) => (c.has ? [i] : []));
    return {
      item: r.item,
      shared: profiles.length > 1 && holders.length === profiles.length,
      onlyIn: profiles.length > 1 && holders.length === 1 ? profiles[holders[0]].slug : null,
      cells: r.cells,
    };
  });
  return [...all.filter((r) => r.shared), ...all.filter((r) => !r.shared)];
}

const TIERS = [
  { level: "major", title: "Major" },
  { level: "middle", title: "Middle" },
  { level: "minor", title: "Minor" },
] as const;

/** The comparison of published profiles, in the order given; `missing` names the slugs left out. */
export function buildComparison(profiles: Profile[], missing: string[]): Comparison {
  return {
    profiles: profiles.map((p) => ({
      slug: p.slug,
      name: p.name,
      reading: p.reading,
      classification: p.classification,
      summary: p.summary,
      updatedAt: p.updatedAt,
    })),
    missing,
    tiers: TIERS.map(({ level, title }) => {
      const values = profiles.map((p) => p.classification[level]);
      return { level, title, values, shared: values.length > 1 && values.every((v) => v === values[0]) };
    }),
    sections: SECTIONS.map((s) => ({ key: s.key, title: s.title, rows: sectionRows(profiles, s.entries) })),
  };
}
