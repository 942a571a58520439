import { readCard } from "@/lib/cards/read-card";
import { splitCards } from "@/lib/cards/split";
import type { ImportRecord } from "./records";

/** Every card in a card file, each with its errors at file line numbers. */
export function decodeCardFile(file: string, text: string): ImportRecord[] {
  const cards = splitCards(text);
  if (cards.length === 0) return [{ file, line: 1, errors: [{ file, line: 1, message: "no card in file" }] }];
  return cards.map(({ text: cardText, firstLine }) => {
    const result = readCard(cardText);
    if (result.ok) return { file, line: firstLine, content: result.profile, ...(result.slug ? { slug: result.slug } : {}), errors: [] };
    return {
      file,
      line: firstLine,
      errors: result.errors.map((e) => ({ file, line: e.line + firstLine - 1, message: e.message })),
    };
  });
}
