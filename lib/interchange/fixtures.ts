import { readFileSync } from "node:fs";
import path from "node:path";
import { readCard } from "@/lib/cards/read-card";
import { emptyProfile, type ProfileContent } from "@/lib/occupations/schema";

/** Test profiles with the awkward content each format must carry: commas, quotes, newlines, pipes, kana, `::`. */
export function fixtureProfiles(): ProfileContent[] {
  const card = readCard(readFileSync(path.resolve(__dirname, "../../db/demo/labor-union-secretary-general.txt"), "utf8"));
  if (!card.ok) throw new Error("demo card does not parse");
  const tricky: ProfileContent = {
    ...emptyProfile(),
    name: 'Welder, "MIG" & TIG',
    reading: "ようせつこう",
    industry: "Manufacturing,\nshipbuilding",
    classification: { major: "Production, Occupations", middle: 'Metal "Workers"', minor: "Welders | Cutters" },
    summary: 'Joins metal; sometimes, with "quotes".',
    description: "First paragraph, with a comma.\n\nSecond paragraph:\n- a dash line\n  indented line",
    futureOutlook: "Stable.\r\nCRLF inside",
    personalityTraits: ["Careful", "Patient, calm"],
    workStyle: "Shift work, nights included.",
    careerPath: [
      { name: "Apprentice welder", slug: null },
      { name: 'Welder, "MIG" & TIG', slug: null },
      { name: "Labor union secretary general", slug: null },
    ],
    requiredSkills: ["Welding | cutting", 'Reading "blueprints"'],
    recommendedSkills: [],
    aptitudes: {
      strengths: [
        { item: "Steady hands", reason: "Beads must be even :: and clean" },
        { item: "Focus", reason: "" },
      ],
      weaknesses: [],
    },
    aliases: ["Welder", "溶接工"],
    relatedJobs: [
      { name: "Labor union secretary general", slug: null },
      { name: "Nonexistent job", slug: null },
    ],
    source: { name: "Test source", code: "T-1", license: "CC0", url: "https://example.org/t" },
  };
  const bare: ProfileContent = { ...emptyProfile(), name: "Bare minimum", classification: { major: "A", middle: "B", minor: "C" } };
  return [card.profile, tricky, bare];
}
