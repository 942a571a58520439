import type { z } from "zod";
import type messages from "@/messages/en.json";

export type ValidationKey = keyof (typeof messages)["Validation"];
/** What a schema's custom issue carries for translation: `params: { i18n: key, ...values }`. */
export type IssueParams = { i18n: ValidationKey } & Record<string, string | number>;

/**
 * A zod issue as a Validation message key with its values. The schemas (lib/…/schema.ts) are
 * shared by the form, the server action, the API and the imports, and their messages are English;
 * other languages map the issue's code and parameters to the message file instead.
 */
export function issuePhrase(issue: z.core.$ZodIssue): { key: ValidationKey; values?: Record<string, string | number> } {
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "array" || issue.origin === "set") return { key: "tooFewItems", values: { min: Number(issue.minimum) } };
      return Number(issue.minimum) <= 1 ? { key: "required" } : { key: "tooShort", values: { min: Number(issue.minimum) } };
    case "too_big":
      if (issue.origin === "array" || issue.origin === "set") return { key: "tooManyItems", values: { max: Number(issue.maximum) } };
      return { key: "tooLong", values: { max: Number(issue.maximum) } };
    case "invalid_format":
      return { key: issue.format === "email" ? "email" : "format" };
    case "invalid_type":
      return { key: "wrongType", values: { expected: String(issue.expected) } };
    case "unrecognized_keys":
      return { key: "unknownKey" };
    case "custom": {
      const params = issue.params as Partial<IssueParams> | undefined;
      if (params?.i18n) {
        const { i18n, ...values } = params;
        return { key: i18n, values: values as Record<string, string | number> };
      }
      return { key: "invalid" };
    }
    default:
      return { key: "invalid" };
  }
}
