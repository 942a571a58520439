import { z } from "zod";
import { aptitudeItemProblem, careerStepProblem, listItemProblem, nameProblem, textLinesProblem } from "./format-rules";
import { isWebUrl, lineCharProblem, textCharProblem, type RuleProblem } from "./text-rules";

export const NAME_MAX = 120;
export const SLUG_MAX = 100;
export const READING_MAX = 200;
export const SHORT_TEXT_MAX = 1_000;
export const LONG_TEXT_MAX = 20_000;
export const ITEM_MAX = 200;
export const REASON_MAX = 1_000;
export const LIST_MAX = 50;
export const ALIAS_MAX = 200;

/** Hiragana, katakana, the long-vowel mark, middle dot and spaces. */
export const KANA_PATTERN = /^[\u3041-\u309F\u30A0-\u30FF\u31F0-\u31FF\uFF65-\uFF9F\u3000 ・ー]*$/u;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Adds a refusal from one of the character rules as an issue of this field. */
const charRule = (problem: (s: string) => RuleProblem | undefined) => (s: string, ctx: z.RefinementCtx) => {
  const found = problem(s);
  if (found) ctx.addIssue({ code: "custom", message: found.message, params: { i18n: found.i18n, ...found.values } });
};

const line = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Must be at most ${max} characters`)
    .refine((s) => !/[\r\n]/.test(s), { message: "Must be a single line", params: { i18n: "singleLine" }, abort: true })
    .superRefine(charRule(lineCharProblem));

const requiredLine = (max: number) => line(max).pipe(z.string().min(1, "Required"));

const text = (max: number) =>
  z.string().max(max, `Must be at most ${max} characters`).superRefine(charRule(textCharProblem)).superRefine(charRule(textLinesProblem));

const itemList = (max: number) => z.array(requiredLine(ITEM_MAX).superRefine(charRule(listItemProblem))).max(max, `At most ${max} items`);

// Nested objects are strict like the profile itself: an unknown key is refused, not dropped.
export const linkSchema = z.strictObject({
  name: requiredLine(NAME_MAX),
  slug: z.string().nullable().optional(),
});

const careerStepSchema = linkSchema.extend({ name: requiredLine(NAME_MAX).superRefine(charRule(careerStepProblem)) });

export const aptitudeSchema = z
  .strictObject({
    item: requiredLine(ITEM_MAX).superRefine(charRule(aptitudeItemProblem)),
    reason: line(REASON_MAX),
  })
  // A first card table row "| Item | Description |" is the table's header.
  .refine((a) => !(a.item.toLowerCase() === "item" && a.reason.toLowerCase() === "description"), {
    path: ["reason"],
    message: 'The row "Item | Description" is the header of a card table',
    params: { i18n: "tableHeaderRow" },
  });

export const classificationSchema = z.strictObject({
  major: requiredLine(NAME_MAX),
  middle: requiredLine(NAME_MAX),
  minor: requiredLine(NAME_MAX),
});

export const sourceSchema = z
  .strictObject({
    // Required: CSV has no source when the name is empty, so a source without one could not come back.
    name: requiredLine(200),
    code: line(100).optional(),
    license: line(200).optional(),
    // Rendered as a link on the profile page, so only web addresses (empty means none).
    url: line(500)
      .refine((u) => u === "" || isWebUrl(u), { message: "Use an http:// or https:// address", params: { i18n: "webAddress" } })
      .optional(),
  })
  .nullable()
  .optional();

/** What an editor writes: the content of one profile, shared by cards, JSON, CSV, forms and the write API. */
export const profileContent = z.object({
  name: requiredLine(NAME_MAX).superRefine(charRule(nameProblem)),
  reading: line(READING_MAX).refine((s) => KANA_PATTERN.test(s), {
    message: "Use hiragana or katakana only",
    params: { i18n: "kanaOnly" },
  }),
  industry: text(SHORT_TEXT_MAX).default(""),
  classification: classificationSchema,
  summary: text(SHORT_TEXT_MAX),
  description: text(LONG_TEXT_MAX),
  futureOutlook: text(LONG_TEXT_MAX),
  personalityTraits: itemList(LIST_MAX),
  workStyle: text(LONG_TEXT_MAX),
  careerPath: z.array(careerStepSchema).max(LIST_MAX, `At most ${LIST_MAX} steps`),
  requiredSkills: itemList(LIST_MAX),
  recommendedSkills: itemList(LIST_MAX),
  aptitudes: z.strictObject({
    strengths: z.array(aptitudeSchema).max(LIST_MAX, `At most ${LIST_MAX} rows`),
    weaknesses: z.array(aptitudeSchema).max(LIST_MAX, `At most ${LIST_MAX} rows`),
  }),
  aliases: z.array(requiredLine(NAME_MAX)).max(ALIAS_MAX, `At most ${ALIAS_MAX} aliases`),
  relatedJobs: z.array(linkSchema).max(LIST_MAX, `At most ${LIST_MAX} related jobs`),
  source: sourceSchema,
});
export type ProfileContent = z.infer<typeof profileContent>;
export type ProfileLink = z.infer<typeof linkSchema>;
export type Aptitude = z.infer<typeof aptitudeSchema>;

/** The profile as read: content plus identity and state (the JSON shape of the API). */
export type Profile = ProfileContent & {
  slug: string;
  status: "draft" | "published";
  version: number;
  updatedAt: string;
};

/**
 * The body of an API write and one record of a JSON or CSV import (one schema for both): a profile
 * as read may be sent back, read-only fields are accepted and ignored, and an unknown key anywhere
 * is refused with its path, because a typo would otherwise drop data.
 */
export const profileWrite = profileContent
  .extend({
    slug: z.string().trim().max(SLUG_MAX).regex(SLUG_PATTERN, "Use lower-case letters, digits and single hyphens").optional(),
    status: z.enum(["draft", "published"]).optional(),
    version: z.number().int().optional(),
    updatedAt: z.string().optional(),
  })
  .strict();
export type ProfileWrite = z.infer<typeof profileWrite>;

export function emptyProfile(): ProfileContent {
  return {
    name: "",
    reading: "",
    industry: "",
    classification: { major: "", middle: "", minor: "" },
    summary: "",
    description: "",
    futureOutlook: "",
    personalityTraits: [],
    workStyle: "",
    careerPath: [],
    requiredSkills: [],
    recommendedSkills: [],
    aptitudes: { strengths: [], weaknesses: [] },
    aliases: [],
    relatedJobs: [],
    source: null,
  };
}
