import { z } from "zod";
import { NAME_MAX } from "@/lib/occupations/schema";

export const LEVEL_NAMES = { 1: "Major", 2: "Middle", 3: "Minor" } as const;
export type Level = keyof typeof LEVEL_NAMES;

const id = z.coerce.number().int().positive();
const tierName = z
  .string()
  .trim()
  .min(1, "Enter a name")
  .max(NAME_MAX, `Must be at most ${NAME_MAX} characters`)
  .refine((s) => !/[\r\n]/.test(s), { message: "Must be a single line", params: { i18n: "singleLine" } });

export const tierRenameInput = z.object({ id, name: tierName });
export const tierMoveInput = z.object({ id, parentId: id });
export const tierMergeInput = z.object({ id, intoId: id });
export const tierAddInput = z.object({ parentId: id.nullable(), name: tierName });
export const tierDeleteInput = z.object({ id });
