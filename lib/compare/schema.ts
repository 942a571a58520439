import { z } from "zod";
import { COMPARE_MAX, COMPARE_MIN, SLUGS_PARAM_MAX, parseSlugs } from "./selection";

/** Query of GET /api/v1/compare: 2 to 4 comma-separated slugs. */
export const compareQuery = z.object({
  slugs: z
    .string({ error: "Give the profiles to compare: slugs=a,b" })
    .max(SLUGS_PARAM_MAX, `Must be at most ${SLUGS_PARAM_MAX} characters`)
    .transform(parseSlugs)
    .pipe(
      z
        .array(z.string())
        .min(COMPARE_MIN, `Compare at least ${COMPARE_MIN} profiles`)
        .max(COMPARE_MAX, `Compare at most ${COMPARE_MAX} profiles at once`),
    )
    .meta({
      description: `${COMPARE_MIN} to ${COMPARE_MAX} profile slugs, comma-separated`,
      example: "labor-union-chairperson,labor-union-secretary-general",
    }),
});

const tierLevel = z.enum(["major", "middle", "minor"]);

/** One profile's entry in a row: whether it has the item, and what it says about it. */
export const compareCell = z.object({
  has: z.boolean(),
  /** Strengths and weaknesses: why the profile lists the item. */
  reason: z.string().optional(),
  /** Career path: the 1-based step at which the profile names it. */
  step: z.number().int().optional(),
  /** Career path and related jobs: the linked profile, when the name resolves to a published one. */
  slug: z.string().nullable().optional(),
});

export const compareRow = z.object({
  item: z.string(),
  /** Every compared profile has it. */
  shared: z.boolean(),
  /** The slug of the only profile that has it (with two or more profiles compared), else null. */
  onlyIn: z.string().nullable(),
  /** One cell per profile, in the order of `profiles`. */
  cells: z.array(compareCell),
});

export const SECTION_KEYS = [
  "personalityTraits",
  "requiredSkills",
  "recommendedSkills",
  "strengths",
  "weaknesses",
  "careerPath",
  "relatedJobs",
] as const;

export const compareSection = z.object({
  key: z.enum(SECTION_KEYS),
  title: z.string(),
  rows: z.array(compareRow),
});

export const comparison = z
  .object({
    profiles: z.array(
      z.object({
        slug: z.string(),
        name: z.string(),
        reading: z.string(),
        classification: z.object({ major: z.string(), middle: z.string(), minor: z.string() }),
        summary: z.string(),
        updatedAt: z.string(),
      }),
    ),
    /** Requested slugs that name no published profile; they are left out. */
    missing: z.array(z.string()),
    /** Classification tier by tier: each profile's tier and whether all share it. */
    tiers: z.array(z.object({ level: tierLevel, title: z.string(), values: z.array(z.string()), shared: z.boolean() })),
    sections: z.array(compareSection),
  })
  .meta({ id: "Comparison", description: "Published profiles side by side: items all of them share, and items only one has." });

export type Comparison = z.infer<typeof comparison>;
export type CompareRow = z.infer<typeof compareRow>;
export type CompareSection = z.infer<typeof compareSection>;
