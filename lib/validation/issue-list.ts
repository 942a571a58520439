import type { ZodError } from "zod";

export type FieldIssue = { path: string; message: string };

/**
 * A zod error as one message per field path. An unknown key is reported at its own path
 * (`classification.majr`), not at the object holding it, so an API client or an import report
 * names exactly the key to fix.
 */
export function issueList(error: ZodError, root = "(root)"): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ path: [...issue.path, key].join("."), message: "Unknown key" }));
    }
    return [{ path: issue.path.join(".") || root, message: issue.message }];
  });
}
