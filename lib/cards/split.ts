/** A card file may hold several cards separated by a line holding only `---` (as export writes to stdout). */
export function splitCards(text: string): { text: string; firstLine: number }[] {
  const lines = text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n");
  const out: { text: string; firstLine: number }[] = [];
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i === lines.length || lines[i].trim() === "---") {
      const chunk = lines.slice(start, i);
      if (chunk.some((l) => l.trim() !== "")) out.push({ text: chunk.join("\n"), firstLine: start + 1 });
      start = i + 1;
    }
  }
  return out;
}

export const CARD_SEPARATOR = "\n---\n";
