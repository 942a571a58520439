import { z } from "zod";
import { PASSWORD_MAX, PASSWORD_MIN, passwordProblem } from "./passwords";

export const ROLES = ["editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const newPassword = z
  .string()
  .max(PASSWORD_MAX)
  .superRefine((p, ctx) => {
    const problem = passwordProblem(p);
    // params: what the interface translates (i18n/zod-issue.ts); the message stays for the API.
    const params =
      p.length < PASSWORD_MIN
        ? { i18n: "tooShort", min: PASSWORD_MIN }
        : p.length > PASSWORD_MAX
          ? { i18n: "tooLong", max: PASSWORD_MAX }
          : { i18n: "passwordCommon" };
    if (problem) ctx.addIssue({ code: "custom", message: problem, params });
  });

export const userInput = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address").max(200),
  name: z.string().trim().max(120).default(""),
  role: z.enum(ROLES),
  password: newPassword,
});
export type UserInput = z.infer<typeof userInput>;

export const signInInput = z.object({
  email: z.string().trim().toLowerCase().min(1, "Enter your email").max(200),
  password: z.string().min(1, "Enter your password").max(PASSWORD_MAX),
});

export const roleChangeInput = z.object({ id: z.coerce.number().int().positive(), role: z.enum(ROLES) });
export const activeChangeInput = z.object({ id: z.coerce.number().int().positive(), active: z.boolean() });
export const passwordResetInput = z.object({ id: z.coerce.number().int().positive(), password: newPassword });

export const passwordChangeInput = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password").max(PASSWORD_MAX),
    newPassword,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two new passwords differ",
    params: { i18n: "passwordsDiffer" },
  });

export const tokenIdInput = z.object({ id: z.coerce.number().int().positive() });
