import { z } from "zod";
import { nameKey } from "./name-key";
import { LIST_MAX, SLUG_MAX, SLUG_PATTERN, profileContent } from "./schema";

export const MESSAGE_MAX = 500;

/** Lists whose items must be unique (compared like link names: width and case folded). */
const UNIQUE_LISTS = ["aliases", "personalityTraits", "requiredSkills", "recommendedSkills"] as const;

/**
 * The edit form of one profile: its content plus the slug, the version it was loaded at (absent
 * for a new profile), a change note, and the profiles to link back to this one. The browser form
 * (zodResolver) and the server actions parse with this same schema.
 */
const formFields = profileContent.extend({
  slug: z
    .string()
    .trim()
    .max(SLUG_MAX, `Must be at most ${SLUG_MAX} characters`)
    .refine((s) => s === "" || SLUG_PATTERN.test(s), "Use lower-case letters, digits and single hyphens"),
  expectedVersion: z.number().int().min(1).optional(),
  message: z.string().trim().max(MESSAGE_MAX, `Must be at most ${MESSAGE_MAX} characters`),
  /** Slugs of other profiles that should get this one in their related jobs too. */
  reverseLinks: z.array(z.string().max(SLUG_MAX)).max(LIST_MAX),
});

type FormFields = z.output<typeof formFields>;

function checkLists(v: FormFields, ctx: z.RefinementCtx) {
  for (const list of UNIQUE_LISTS) {
    const seen = new Map<string, number>();
    v[list].forEach((item, i) => {
      const key = nameKey(item);
      if (!key) return;
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: [list, i], message: `Duplicate of item ${seen.get(key)! + 1}` });
      else seen.set(key, i);
    });
  }
  const self = nameKey(v.name);
  const seen = new Map<string, number>();
  v.relatedJobs.forEach((job, i) => {
    const key = nameKey(job.name);
    if (key && key === self) ctx.addIssue({ code: "custom", path: ["relatedJobs", i, "name"], message: "A profile cannot be related to itself" });
    else if (seen.has(key)) ctx.addIssue({ code: "custom", path: ["relatedJobs", i, "name"], message: `Duplicate of related job ${seen.get(key)! + 1}` });
    else seen.set(key, i);
  });
}

export const profileForm = formFields.superRefine(checkLists);

export type ProfileFormInput = z.input<typeof profileForm>;
export type ProfileFormValues = z.output<typeof profileForm>;

/** What the edit and create actions accept: the form plus the button pressed. */
export const saveOccupationInput = formFields.extend({ id: z.number().int().optional(), publish: z.boolean() }).superRefine(checkLists);
export type SaveOccupationInput = z.infer<typeof saveOccupationInput>;
