import type { z } from "zod";
import { issuePhrase, type ValidationKey } from "@/lib/validation/issue-phrase";
import type { Locale } from "./routing";

export type TranslateValidation = (key: ValidationKey, values?: Record<string, string | number>) => string;

/**
 * A zod issue as a message in the reader's language. English pages show the schema's own
 * (English) message as written; other languages word the issue from the message file.
 */
export function issueMessage(issue: z.core.$ZodIssue, locale: Locale, t: TranslateValidation): string {
  if (locale === "en") return issue.message;
  const { key, values } = issuePhrase(issue);
  return t(key, values);
}
