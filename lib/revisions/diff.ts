import { diffArrays, diffWords } from "diff";
import type { ProfileContent } from "@/lib/occupations/schema";

export type TextPart = { value: string; kind: "same" | "added" | "removed" };
export type ListEntry = {
  value: string;
  kind: "same" | "added" | "removed" | "moved" | "changed";
  /** Position (0-based) before and after, where the item exists on that side. */
  from?: number;
  to?: number;
  /** For "changed": the word diff from the old value to the new one. */
  parts?: TextPart[];
};

export type FieldKey =
  | "name"
  | "reading"
  | "classification"
  | "industry"
  | "summary"
  | "description"
  | "futureOutlook"
  | "personalityTraits"
  | "workStyle"
  | "careerPath"
  | "requiredSkills"
  | "recommendedSkills"
  | "strengths"
  | "weaknesses"
  | "aliases"
  | "relatedJobs";

type FieldSpec = {
  key: FieldKey;
  label: string;
  type: "text" | "list";
  get: (c: ProfileContent) => string | string[];
  keyOf?: (v: string) => string;
};

const APT_SEP = " — ";
const aptitudeRows = (rows: { item: string; reason: string }[]) => rows.map((r) => (r.reason ? `${r.item}${APT_SEP}${r.reason}` : r.item));
const aptitudeKey = (v: string) => v.split(APT_SEP)[0];

/** The fields of a profile in form order, as compared by history, compare and conflict views. */
export const PROFILE_FIELDS: FieldSpec[] = [
  { key: "name", label: "Name", type: "text", get: (c) => c.name },
  { key: "reading", label: "Reading", type: "text", get: (c) => c.reading },
  {
    key: "classification",
    label: "Classification",
    type: "text",
    get: (c) => [c.classification.major, c.classification.middle, c.classification.minor].join(" › "),
  },
  { key: "industry", label: "Industry", type: "text", get: (c) => c.industry ?? "" },
  { key: "summary", label: "Summary", type: "text", get: (c) => c.summary },
  { key: "description", label: "Description", type: "text", get: (c) => c.description },
  { key: "futureOutlook", label: "Future outlook", type: "text", get: (c) => c.futureOutlook },
  { key: "workStyle", label: "Work style", type: "text", get: (c) => c.workStyle },
  { key: "personalityTraits", label: "Personality traits", type: "list", get: (c) => c.personalityTraits },
  { key: "requiredSkills", label: "Required skills", type: "list", get: (c) => c.requiredSkills },
  { key: "recommendedSkills", label: "Recommended skills", type: "list", get: (c) => c.recommendedSkills },
  { key: "careerPath", label: "Career path", type: "list", get: (c) => c.careerPath.map((s) => s.name) },
  {
    key: "strengths",
    label: "Aptitudes: strengths preferred",
    type: "list",
    get: (c) => aptitudeRows(c.aptitudes.strengths),
    keyOf: aptitudeKey,
  },
  {
    key: "weaknesses",
    label: "Aptitudes: weaknesses acceptable",
    type: "list",
    get: (c) => aptitudeRows(c.aptitudes.weaknesses),
    keyOf: aptitudeKey,
  },
  { key: "aliases", label: "Aliases", type: "list", get: (c) => c.aliases },
  { key: "relatedJobs", label: "Related jobs", type: "list", get: (c) => c.relatedJobs.map((r) => r.name) },
];

// Word boundaries for Japanese too (no spaces between words); Node and modern browsers have it.
const segmenter = typeof Intl !== "undefined" && "Segmenter" in Intl ? new Intl.Segmenter("ja", { granularity: "word" }) : undefined;

/** A word diff of two texts, as runs of same / removed / added text. */
export function diffText(before: string, after: string): TextPart[] {
  if (before === after) return before ? [{ value: before, kind: "same" }] : [];
  const changes = segmenter ? diffWords(before, after, { intlSegmenter: segmenter }) : diffWords(before, after);
  return changes.map((c) => ({ value: c.value, kind: c.added ? "added" : c.removed ? "removed" : "same" }));
}

/**
 * A diff of two ordered lists: items kept in place, added, removed, moved (in both lists at
 * another position) and, when `keyOf` identifies rows, changed (same key, other value).
 * Entries come in the order of the new list, removed items where they used to be.
 */
export function diffList(before: string[], after: string[], keyOf: (v: string) => string = (v) => v): ListEntry[] {
  const chunks = diffArrays(before, after);
  type Side = { value: string; index: number; chunk: number; matched?: Side };
  const removed: Side[] = [];
  const added: Side[] = [];
  let oldIndex = 0;
  let newIndex = 0;
  chunks.forEach((c, chunk) => {
    for (const value of c.value) {
      if (c.removed) removed.push({ value, index: oldIndex++, chunk });
      else if (c.added) added.push({ value, index: newIndex++, chunk });
      else {
        oldIndex++;
        newIndex++;
      }
    }
  });
  // Pair each added item with a removed one: the same value first (a move), then the same key (a change).
  for (const pass of [(a: Side, r: Side) => a.value === r.value, (a: Side, r: Side) => keyOf(a.value) === keyOf(r.value)]) {
    for (const a of added) {
      if (a.matched) continue;
      const r = removed.find((r) => !r.matched && pass(a, r));
      if (r) {
        a.matched = r;
        r.matched = a;
      }
    }
  }

  const out: ListEntry[] = [];
  oldIndex = 0;
  newIndex = 0;
  let ai = 0;
  let ri = 0;
  for (const c of chunks) {
    for (const value of c.value) {
      if (c.removed) {
        const r = removed[ri++];
        oldIndex++;
        if (!r.matched) out.push({ value, kind: "removed", from: r.index });
      } else if (c.added) {
        const a = added[ai++];
        newIndex++;
        const r = a.matched;
        if (!r) out.push({ value, kind: "added", to: a.index });
        else if (r.value === value) out.push({ value, kind: "moved", from: r.index, to: a.index });
        else out.push({ value, kind: "changed", from: r.index, to: a.index, parts: diffText(r.value, value) });
      } else {
        out.push({ value, kind: "same", from: oldIndex++, to: newIndex++ });
      }
    }
  }
  return out;
}

export type FieldDiff =
  | { key: FieldKey; label: string; type: "text"; changed: boolean; before: string; after: string; parts: TextPart[] }
  | { key: FieldKey; label: string; type: "list"; changed: boolean; before: string[]; after: string[]; items: ListEntry[] };

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** Field-by-field comparison of two versions of a profile (unchanged fields included, marked). */
export function diffProfiles(before: ProfileContent, after: ProfileContent): FieldDiff[] {
  return PROFILE_FIELDS.map((f) => {
    const b = f.get(before);
    const a = f.get(after);
    if (f.type === "text") {
      const bs = b as string;
      const as = a as string;
      return { key: f.key, label: f.label, type: "text", changed: bs !== as, before: bs, after: as, parts: diffText(bs, as) };
    }
    const bl = b as string[];
    const al = a as string[];
    return {
      key: f.key,
      label: f.label,
      type: "list",
      changed: !sameList(bl, al),
      before: bl,
      after: al,
      items: diffList(bl, al, f.keyOf),
    };
  });
}

/** The keys of the fields that differ between two versions. */
export function changedFields(before: ProfileContent, after: ProfileContent): Set<FieldKey> {
  return new Set(
    diffProfiles(before, after)
      .filter((d) => d.changed)
      .map((d) => d.key),
  );
}
