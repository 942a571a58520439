import { createTranslator } from "next-intl";
import type { Phrase } from "@/lib/errors";
import type { Locale } from "./routing";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";

const MESSAGES = { en, ja } as const;

/** Validation messages in a locale, outside a component (server action results). */
export function validationTranslator(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale] as typeof en, namespace: "Validation" });
}

/** Words for a change summary outside a component (the Atom feeds, which are in English). */
export function changeSummaryWords(locale: Locale) {
  const messages = MESSAGES[locale] as typeof en;
  return {
    summary: createTranslator({ locale, messages, namespace: "History.summary" }),
    field: createTranslator({ locale, messages, namespace: "Admin.Fields" }),
  };
}

/** Words a domain error's Phrase (lib/errors.ts) with a Validation translator; the English text when it has none. */
export function phraseTranslator(t: ReturnType<typeof validationTranslator>) {
  return (phrase: Phrase | undefined, english: string): string =>
    phrase && t.has(phrase.key as never) ? t(phrase.key as never, phrase.values as never) : english;
}
