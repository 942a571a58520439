import type { ZodError } from "zod";
import { issuePhrase, type ValidationKey } from "./issue-phrase";

export type FieldIssue = { path: string; message: string; phrase: { key: ValidationKey; values?: Record<string, string | number> } };

/**
 * A zod error as one message per field path. An unknown key is reported at its own path
 * (`classification.majr`), not at the object holding it, so an API client or an import report
 * names exactly the key to fix. `phrase` words the same issue from the message files.
 */
export function issueList(error: ZodError, root = "(root)"): FieldIssue[] {
  return error.issues.flatMap((issue): FieldIssue[] => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ path: [...issue.path, key].join("."), message: "Unknown key", phrase: { key: "unknownKey" } }));
    }
    return [{ path: issue.path.join(".") || root, message: issue.message, phrase: issuePhrase(issue) }];
  });
}
