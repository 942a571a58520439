import { profileWrite } from "@/lib/occupations/schema";
import { issueList } from "@/lib/validation/issue-list";
import { importError, type ImportRecord } from "./records";

/**
 * Validate one decoded profile object against the write schema. Every issue becomes an error at
 * `line`, as `record N: field.path: message` (record only for an element of a JSON array); the
 * slug (when given) is kept as the record's slug.
 */
export function validateRecord(file: string, line: number, value: unknown, record?: number): ImportRecord {
  const result = profileWrite.safeParse(value);
  if (!result.success) {
    const errors = issueList(result.error, "(record)").map(({ path, message, phrase }) =>
      importError(file, line, `Validation.${phrase.key}`, phrase.values, { field: path, ...(record ? { record } : {}) }, message),
    );
    return { file, line, errors };
  }
  const { slug, status: _status, version: _version, updatedAt: _updatedAt, ...content } = result.data;
  return { file, line, content, slug, errors: [] };
}
