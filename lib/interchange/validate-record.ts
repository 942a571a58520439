import { profileWrite } from "@/lib/occupations/schema";
import { issueList } from "@/lib/validation/issue-list";
import type { ImportError, ImportRecord } from "./records";

/**
 * Validate one decoded profile object against the write schema. Every issue becomes an error at
 * `line`, as `prefix field.path: message`; the slug (when given) is kept as the record's slug.
 */
export function validateRecord(file: string, line: number, value: unknown, prefix = ""): ImportRecord {
  const result = profileWrite.safeParse(value);
  if (!result.success) {
    const errors: ImportError[] = issueList(result.error, "(record)").map(({ path, message }) => ({ file, line, message: `${prefix}${path}: ${message}` }));
    return { file, line, errors };
  }
  const { slug, status: _status, version: _version, updatedAt: _updatedAt, ...content } = result.data;
  return { file, line, content, slug, errors: [] };
}
