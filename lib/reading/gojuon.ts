import { katakanaToHiragana } from "@/lib/search/normalise";

/**
 * The gojūon index: the ten rows a Japanese index groups readings by, each named by its first
 * kana. Voiced, semi-voiced and small kana sit in the row of their plain kana (が in か, ぱ in は,
 * ゃ in や); ゔ is a voiced う, and ん (which never starts a word) ends the わ row, as in print indexes.
 */
const ROW_KANA: Record<string, string> = {
  あ: "ぁあぃいぅうぇえぉおゔ",
  か: "かがきぎくぐけげこごゕゖ",
  さ: "さざしじすずせぜそぞ",
  た: "ただちぢっつづてでとど",
  な: "なにぬねの",
  は: "はばぱひびぴふぶぷへべぺほぼぽ",
  ま: "まみむめも",
  や: "ゃやゅゆょよ",
  ら: "らりるれろ",
  わ: "ゎわゐゑをん",
};

export const GOJUON_ROWS = Object.keys(ROW_KANA);
export type GojuonRow = (typeof GOJUON_ROWS)[number];

const ROW_OF = new Map<string, string>();
for (const [row, kana] of Object.entries(ROW_KANA)) for (const k of kana) ROW_OF.set(k, row);

/** Every kana that starts a reading in `row`, in hiragana and katakana (for SQL backfills and tests). */
export function rowKana(row: string): string[] {
  const hira = [...(ROW_KANA[row] ?? "")];
  return [...hira, ...hira.map((c) => String.fromCharCode(c.charCodeAt(0) + 0x60))];
}

/** The gojūon row a reading starts in (width and katakana folded), or "" for an empty or non-kana reading. */
export function readingRow(reading: string): string {
  const first = [...katakanaToHiragana(reading.normalize("NFKC").trim())][0];
  return (first && ROW_OF.get(first)) ?? "";
}

export function isGojuonRow(s: string): boolean {
  return Object.hasOwn(ROW_KANA, s);
}

const collator = new Intl.Collator("ja");

/**
 * Japanese collation order of readings (Intl.Collator("ja"): か < が < かんごし, katakana beside
 * hiragana); profiles with the same reading, or with none, by name. For any list sorted by reading.
 */
export function compareByReading(a: { reading: string; name: string }, b: { reading: string; name: string }): number {
  if (!a.reading !== !b.reading) return a.reading ? -1 : 1;
  return collator.compare(a.reading, b.reading) || collator.compare(a.name, b.name);
}
