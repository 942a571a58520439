import type { ProfileContent } from "@/lib/occupations/schema";

export type Located = { file: string; line: number };
export type ImportError = Located & { message: string };
/** One profile read from a file, or the errors that kept it from being read. */
export type ImportRecord = Located & { content?: ProfileContent; slug?: string; errors: ImportError[] };

export function formatError(e: ImportError): string {
  return `${e.file}:${e.line}: ${e.message}`;
}
