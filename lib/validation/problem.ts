import { createTranslator } from "use-intl/core";
import en from "@/messages/en.json";

type Values = Record<string, string | number>;
export type ProblemKey = `ImportErrors.${keyof (typeof en)["ImportErrors"]}` | `Validation.${keyof (typeof en)["Validation"]}`;

/**
 * A problem found in a file being imported, in words of the message files, so the admin page can
 * show it in the editor's language while the CLI and the logs keep the English `message`.
 * `field` is the schema path it is about, `record` the element of a JSON array (1-based).
 */
export type Problem = { key: ProblemKey; values?: Values; field?: string; record?: number };

const english = createTranslator({ locale: "en", messages: en });

/** A problem's English words: `record 2: name: Required` (the form the CLI has always printed). */
export function englishOf(p: Problem, text?: string): string {
  const words = text ?? english(p.key as never, p.values as never);
  return `${p.record ? `record ${p.record}: ` : ""}${p.field ? `${p.field}: ` : ""}${words}`;
}

/** A problem with its English message; `text` is the English of a schema issue (which keeps its own words). */
export function problem(key: ProblemKey, values?: Values, where: { field?: string; record?: number } = {}, text?: string) {
  const phrase: Problem = { key, ...(values ? { values } : {}), ...where };
  return { message: englishOf(phrase, text), phrase };
}
