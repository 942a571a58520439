import type { ProfileContent } from "@/lib/occupations/schema";
import { problem, type Problem, type ProblemKey } from "@/lib/validation/problem";

export type Located = { file: string; line: number };
/** `message` is English (CLI, logs); `phrase` words it from the message files for the admin page. */
export type ImportError = Located & { message: string; phrase?: Problem };
/** One profile read from a file, or the errors that kept it from being read. */
export type ImportRecord = Located & { content?: ProfileContent; slug?: string; errors: ImportError[] };

export function formatError(e: ImportError): string {
  return `${e.file}:${e.line}: ${e.message}`;
}

/** An error at a file's line, from a message-file key (ImportErrors or Validation). */
export function importError(
  file: string,
  line: number,
  key: ProblemKey,
  values?: Record<string, string | number>,
  where?: { field?: string; record?: number },
  text?: string,
): ImportError {
  return { file, line, ...problem(key, values, where, text) };
}

/** A record holding only this one error. */
export function failedRecord(file: string, line: number, key: ProblemKey, values?: Record<string, string | number>): ImportRecord {
  return { file, line, errors: [importError(file, line, key, values)] };
}
