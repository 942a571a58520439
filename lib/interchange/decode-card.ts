import { readCard } from "@/lib/cards/read-card";
import { splitCards } from "@/lib/cards/split";
import { failedRecord, type ImportRecord } from "./records";

/** Every card in a card file, each with its errors at file line numbers. */
export function decodeCardFile(file: string, text: string): ImportRecord[] {
  const cards = splitCards(text);
  if (cards.length === 0) return [failedRecord(file, 1, "ImportErrors.noCard")];
  return cards.map(({ text: cardText, firstLine }) => {
    const result = readCard(cardText);
    if (result.ok) return { file, line: firstLine, content: result.profile, ...(result.slug ? { slug: result.slug } : {}), errors: [] };
    return {
      file,
      line: firstLine,
      errors: result.errors.map((e) => ({ ...e, file, line: e.line + firstLine - 1 })),
    };
  });
}
