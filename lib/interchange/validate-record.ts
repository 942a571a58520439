import { profileWrite } from "@/lib/occupations/schema";
import type { ImportError, ImportRecord } from "./records";

/**
 * Validate one decoded profile object against the write schema. Every issue becomes an error at
 * `line`, as `prefix field.path: message`; the slug (when given) is kept as the record's slug.
 */
export function validateRecord(file: string, line: number, value: unknown, prefix = ""): ImportRecord {
  const result = profileWrite.strict().safeParse(value);
  if (!result.success) {
    const errors: ImportError[] = result.error.issues.map((issue) => {
      const keys = issue.code === "unrecognized_keys" ? `: ${issue.keys.join(", ")}` : "";
      const path = issue.path.join(".") || "(record)";
      return { file, line, message: `${prefix}${path}: ${issue.message}${keys}` };
    });
    return { file, line, errors };
  }
  const { slug, status: _status, version: _version, updatedAt: _updatedAt, ...content } = result.data;
  return { file, line, content, slug, errors: [] };
}
