import type { z } from "zod";
import type { Locale } from "./routing";
import type messages from "@/messages/en.json";

export type ValidationKey = keyof (typeof messages)["Validation"];
export type TranslateValidation = (key: ValidationKey, values?: Record<string, string | number>) => string;

/** What a schema's custom issue carries for translation: `params: { i18n: key, ...values }`. */
export type IssueParams = { i18n: ValidationKey } & Record<string, string | number>;

/**
 * A zod issue as a message in the reader's language. The schemas (lib/…/schema.ts) are shared by
 * the form, the server action and the API, and their messages are English, which the API keeps.
 * English pages show them as written; other languages map the issue's code and parameters to the
 * message file, so no schema needs a copy per language.
 */
export function issueMessage(issue: z.core.$ZodIssue, locale: Locale, t: TranslateValidation): string {
  if (locale === "en") return issue.message;
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "array" || issue.origin === "set") return t("tooFewItems", { min: Number(issue.minimum) });
      return Number(issue.minimum) <= 1 ? t("required") : t("tooShort", { min: Number(issue.minimum) });
    case "too_big":
      if (issue.origin === "array" || issue.origin === "set") return t("tooManyItems", { max: Number(issue.maximum) });
      return t("tooLong", { max: Number(issue.maximum) });
    case "invalid_format":
      return issue.format === "email" ? t("email") : t("format");
    case "custom": {
      const params = issue.params as Partial<IssueParams> | undefined;
      if (params?.i18n) {
        const { i18n, ...values } = params;
        return t(i18n, values as Record<string, string | number>);
      }
      return t("invalid");
    }
    default:
      return t("invalid");
  }
}
