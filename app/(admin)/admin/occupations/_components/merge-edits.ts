import type { ProfileFormInput } from "@/lib/occupations/form-schema";
import type { ProfileContent } from "@/lib/occupations/schema";

/** The parts of a profile an editor changes independently; aptitude tables count separately. */
export const MERGE_PATHS = [
  "name",
  "reading",
  "industry",
  "classification",
  "summary",
  "description",
  "futureOutlook",
  "personalityTraits",
  "workStyle",
  "careerPath",
  "requiredSkills",
  "recommendedSkills",
  "aptitudes.strengths",
  "aptitudes.weaknesses",
  "aliases",
  "relatedJobs",
  "source",
  "slug",
] as const;
export type MergePath = (typeof MERGE_PATHS)[number];

type Values = Partial<ProfileFormInput> | ProfileContent;

function at(v: Values, path: MergePath): unknown {
  const value = path.startsWith("aptitudes.")
    ? (v.aptitudes as Record<string, unknown> | undefined)?.[path.slice(10)]
    : (v as Record<string, unknown>)[path];
  // Links compare by name: their slug is derived and differs between draft and published reads.
  if (path === "careerPath" || path === "relatedJobs") return ((value as { name: string }[] | undefined) ?? []).map((l) => l.name);
  if (path === "industry") return value ?? "";
  if (path === "source") return value ?? null;
  return value;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The paths where `mine` differs from the version the form was loaded at. */
export function editedPaths(base: Values, mine: Values): MergePath[] {
  return MERGE_PATHS.filter((p) => !same(at(base, p), at(mine, p)));
}

/** The value of one path in `v`, for setValue. */
export function valueAt(v: Values, path: MergePath): unknown {
  return path.startsWith("aptitudes.") ? (v.aptitudes as Record<string, unknown>)[path.slice(10)] : (v as Record<string, unknown>)[path];
}
