import { nameKey } from "@/lib/occupations/name-key";
import { foldKanaWithMap, katakanaToHiragana, normaliseText } from "./normalise";
import type { SearchPlan } from "./query";

export type HighlightField = "name" | "alias" | "reading" | "summary" | "skill" | "description";
/** Where a result matched, as plain text split into pieces; `match` pieces are shown marked. */
export type Highlight = { field: HighlightField; fragments: { text: string; match: boolean }[] };
export type HighlightSource = {
  name: string;
  reading: string;
  aliases: string[];
  summary: string;
  skills: string[];
  description: string;
};

type Range = [number, number];
const SNIPPET_BEFORE = 60;
const SNIPPET_LENGTH = 220;
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** normaliseText of one code unit, memoised: at most 65,536 entries, and per-character NFKC was most of a highlight's time. */
const charForms = new Map<string, string>();
function normalisedChar(c: string): string {
  let n = charForms.get(c);
  if (n === undefined) charForms.set(c, (n = normaliseText(c) || (/\s/.test(c) ? " " : "")));
  return n;
}

/** The text normalised character by character, with the index in `s` of every output character. */
function normalisedWithMap(s: string): { text: string; map: number[] } {
  let text = "";
  const map: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const n = normalisedChar(s[i]);
    for (const c of n) {
      text += c;
      map.push(i);
    }
  }
  return { text, map };
}

/** Query words and a crude stem (the index stems with Porter: `secretary` also hit `secretariat`). */
function variants(word: string): string[] {
  const stem = word.replace(/(ies|es|s|y|ing|ed|e)$/, "");
  return stem.length >= 3 && stem !== word ? [word, stem] : [word];
}

function textRanges(s: string, plan: SearchPlan): Range[] {
  const { text, map } = normalisedWithMap(s);
  const ranges: Range[] = [];
  const toOriginal = (a: number, b: number): Range => [map[a], map[b - 1] + 1];
  for (const w of plan.words) {
    for (const v of variants(w)) {
      let from = 0;
      let found = false;
      for (let at = text.indexOf(v, from); at >= 0; at = text.indexOf(v, from)) {
        from = at + v.length;
        if (isWordChar(text[at - 1]) && isWordChar(v[0]) && /[a-z0-9]/.test(v[0])) continue;
        let end = at + v.length;
        while (/[a-z0-9]/.test(v[0]) && isWordChar(text[end])) end++;
        ranges.push(toOriginal(at, end));
        found = true;
      }
      if (found) break;
    }
  }
  if (!ranges.length && plan.text.length >= 3) {
    const at = text.indexOf(plan.text);
    if (at >= 0) ranges.push(toOriginal(at, at + plan.text.length));
  }
  return ranges;
}

function readingRanges(reading: string, plan: SearchPlan): Range[] {
  if (!plan.kana) return [];
  const { key, map } = foldKanaWithMap(katakanaToHiragana(reading.normalize("NFKC")));
  const at = key.indexOf(plan.kana.key);
  if (at < 0) return [];
  let end = map[at + plan.kana.key.length - 1] + 1;
  // Take in the long vowels folded away after the last matched kana (ろうどう, not ろうど).
  const next = map[at + plan.kana.key.length] ?? reading.length;
  if (next > end) end = next;
  return [[map[at], end]];
}

function merge(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([...r]);
  }
  return out;
}

function fragments(s: string, ranges: Range[], long: boolean): Highlight["fragments"] {
  const merged = merge(ranges);
  let start = 0;
  let end = s.length;
  if (long && s.length > SNIPPET_LENGTH) {
    start = Math.max(0, merged[0][0] - SNIPPET_BEFORE);
    if (start > 0) start = s.indexOf(" ", start) + 1 || start;
    end = Math.min(s.length, start + SNIPPET_LENGTH);
    if (end < s.length) end = s.lastIndexOf(" ", end) > merged[0][1] ? s.lastIndexOf(" ", end) : end;
  }
  const out: Highlight["fragments"] = [];
  const push = (text: string, match: boolean) => text && out.push({ text, match });
  if (start > 0) push("…", false);
  let at = start;
  for (const [a, b] of merged) {
    if (b <= start || a >= end) continue;
    push(s.slice(at, Math.max(at, a)), false);
    push(s.slice(Math.max(at, a), Math.min(b, end)), true);
    at = Math.min(b, end);
  }
  push(s.slice(at, end), false);
  if (end < s.length) push("…", false);
  return out;
}

/** The first place the query matches, in the order a reader cares about; undefined when none. */
export function highlightFor(source: HighlightSource, plan: SearchPlan): Highlight | undefined {
  if (!plan.words.length) return undefined;
  const exactAlias = source.aliases.find((a) => nameKey(a) === plan.exactKey);
  if (exactAlias && nameKey(source.name) !== plan.exactKey) return { field: "alias", fragments: [{ text: exactAlias, match: true }] };
  const candidates: [HighlightField, string, boolean][] = [
    ["name", source.name, false],
    ...source.aliases.map((a): [HighlightField, string, boolean] => ["alias", a, false]),
    ["summary", source.summary, true],
    ...source.skills.map((s): [HighlightField, string, boolean] => ["skill", s, false]),
    ["description", source.description, true],
  ];
  const reading = readingRanges(source.reading, plan);
  if (reading.length) candidates.splice(1, 0, ["reading", source.reading, false]);
  for (const [field, text, long] of candidates) {
    const ranges = field === "reading" ? reading : textRanges(text, plan);
    if (ranges.length) return { field, fragments: fragments(text, ranges, long) };
  }
  return undefined;
}
