import { createTranslator } from "next-intl";
import type { Phrase } from "@/lib/errors";
import type { Problem } from "@/lib/validation/problem";
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

/**
 * An import problem (lib/validation/problem.ts) in the editor's language: English keeps the
 * message the CLI prints; other languages word it, its field and its record from the message file.
 */
export function problemTranslator(locale: Locale) {
  const t = createTranslator({ locale, messages: MESSAGES[locale] as typeof en });
  const say = t as unknown as ((key: string, values?: Record<string, string | number>) => string) & { has: (key: string) => boolean };
  const fieldName = (path: string) => {
    const parts = path.split(".");
    const top = parts[0] === "aptitudes" && parts[1] ? parts[1] : parts[0];
    const key = top === "slug" ? "Admin.Import.slug" : `Admin.Fields.${top}`;
    return say.has(key) ? say("ImportErrors.fieldLabel", { label: say(key), path }) : path;
  };
  return (e: { message: string; phrase?: Problem }): string => {
    const p = e.phrase;
    if (locale === "en" || !p || !say.has(p.key)) return e.message;
    let text = say(p.key, p.values);
    if (p.field) text = say("ImportErrors.atField", { field: fieldName(p.field), text });
    if (p.record) text = say("ImportErrors.inRecord", { n: p.record, text });
    return text;
  };
}
