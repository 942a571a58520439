import { emptyProfile, type ProfileContent } from "@/lib/occupations/schema";

/** The editor the quality tests write as. */
export const qualityActor = { id: null, email: "q@example.test" };

/** A profile with every section filled (so that no quality list holds it) unless `extra` empties one. */
export const fullProfile = (name: string, extra: Partial<ProfileContent> = {}): ProfileContent => ({
  ...emptyProfile(),
  name,
  reading: "てすと",
  industry: "Any",
  classification: { major: "Services", middle: "Food", minor: "Bakers" },
  summary: "S.",
  description: "D.",
  futureOutlook: "F.",
  workStyle: "W.",
  personalityTraits: ["Calm"],
  requiredSkills: ["A"],
  recommendedSkills: ["B"],
  careerPath: [{ name, slug: null }],
  relatedJobs: [],
  aptitudes: { strengths: [{ item: "X", reason: "Y" }], weaknesses: [{ item: "Z", reason: "W" }] },
  aliases: ["Alias of " + name],
  ...extra,
});
