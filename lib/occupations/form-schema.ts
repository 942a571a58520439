import { z } from "zod";
import { nameKey } from "./name-key";
import { LIST_MAX, SLUG_MAX, SLUG_PATTERN, profileContent } from "./schema";

export const MESSAGE_MAX = 500;

/** Items must be unique, compared like link names (width and case folded); flagged at the repeat. */
function uniqueItems(items: string[], ctx: z.RefinementCtx) {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const key = nameKey(item);
    if (!key) return;
    if (seen.has(key))
      ctx.addIssue({
        code: "custom",
        path: [i],
        message: `Duplicate of item ${seen.get(key)! + 1}`,
        params: { i18n: "duplicateItem", n: seen.get(key)! + 1 },
      });
    else seen.set(key, i);
  });
}

/**
 * The edit form of one profile: its content plus the slug, the version it was loaded at (absent
 * for a new profile), a change note, and the profiles to link back to this one. The browser form
 * (zodResolver) and the server actions parse with this same schema.
 */
// Checks sit on each list, so they run even while other fields are invalid (an object-level
// refinement would wait until everything else parses).
const formFields = profileContent.extend({
  personalityTraits: profileContent.shape.personalityTraits.superRefine(uniqueItems),
  requiredSkills: profileContent.shape.requiredSkills.superRefine(uniqueItems),
  recommendedSkills: profileContent.shape.recommendedSkills.superRefine(uniqueItems),
  aliases: profileContent.shape.aliases.superRefine(uniqueItems),
  relatedJobs: profileContent.shape.relatedJobs.superRefine((jobs, ctx) => {
    const seen = new Map<string, number>();
    jobs.forEach((job, i) => {
      const key = nameKey(job.name);
      if (seen.has(key))
        ctx.addIssue({
          code: "custom",
          path: [i, "name"],
          message: `Duplicate of related job ${seen.get(key)! + 1}`,
          params: { i18n: "duplicateRelated", n: seen.get(key)! + 1 },
        });
      else seen.set(key, i);
    });
  }),
  slug: z
    .string()
    .trim()
    .max(SLUG_MAX, `Must be at most ${SLUG_MAX} characters`)
    .refine((s) => s === "" || SLUG_PATTERN.test(s), {
      message: "Use lower-case letters, digits and single hyphens",
      params: { i18n: "slugFormat" },
    }),
  expectedVersion: z.number().int().min(1).optional(),
  message: z.string().trim().max(MESSAGE_MAX, `Must be at most ${MESSAGE_MAX} characters`),
  /** Slugs of other profiles that should get this one in their related jobs too. */
  reverseLinks: z.array(z.string().max(SLUG_MAX)).max(LIST_MAX),
});

type FormFields = z.output<typeof formFields>;

/** Needs the name and the list together, so it runs once the rest parses. */
function checkSelfLink(v: FormFields, ctx: z.RefinementCtx) {
  const self = nameKey(v.name);
  v.relatedJobs.forEach((job, i) => {
    if (nameKey(job.name) === self)
      ctx.addIssue({
        code: "custom",
        path: ["relatedJobs", i, "name"],
        message: "A profile cannot be related to itself",
        params: { i18n: "relatedSelf" },
      });
  });
}

export const profileForm = formFields.superRefine(checkSelfLink);

export type ProfileFormInput = z.input<typeof profileForm>;
export type ProfileFormValues = z.output<typeof profileForm>;

/** What the edit and create actions accept: the form plus the button pressed. */
export const saveOccupationInput = formFields.extend({ id: z.number().int().optional(), publish: z.boolean() }).superRefine(checkSelfLink);
export type SaveOccupationInput = z.infer<typeof saveOccupationInput>;
