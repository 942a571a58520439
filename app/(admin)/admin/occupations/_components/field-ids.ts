import { get, type FieldErrors } from "react-hook-form";

/** The DOM id of the control for a form path such as "aliases.2" or "relatedJobs.0.name". */
export const fieldId = (path: string) => `f-${path.replace(/\./g, "-")}`;
export const errorId = (path: string) => `${fieldId(path)}-error`;

/** The message for a path: its own, or a list's (array-level errors live under `root`). */
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  const e = get(errors, path) as { message?: unknown; root?: { message?: unknown } } | undefined;
  if (!e) return undefined;
  if (typeof e.message === "string" && e.message) return e.message;
  if (e.root && typeof e.root.message === "string") return e.root.message;
  return undefined;
}

/** Every error message with its path, in form order, for the error summary. */
export function flattenErrors(errors: FieldErrors, prefix = ""): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  for (const [key, value] of Object.entries(errors ?? {})) {
    if (!value || key === "ref" || key === "type" || key === "types") continue;
    const path = key === "root" ? prefix : prefix ? `${prefix}.${key}` : key;
    const v = value as { message?: unknown };
    if (typeof v.message === "string" && v.message) out.push({ path, message: v.message });
    else if (typeof value === "object") out.push(...flattenErrors(value as FieldErrors, path));
  }
  return out;
}

const LABELS: Record<string, string> = {
  name: "Name",
  reading: "Reading",
  slug: "Slug",
  summary: "Summary",
  description: "Description",
  futureOutlook: "Future outlook",
  workStyle: "Work style",
  message: "Change note",
  "classification.major": "Major tier",
  "classification.middle": "Middle tier",
  "classification.minor": "Minor tier",
  personalityTraits: "Trait",
  requiredSkills: "Required skill",
  recommendedSkills: "Recommended skill",
  aliases: "Alias",
  careerPath: "Career path step",
  relatedJobs: "Related job",
  "aptitudes.strengths": "Strength",
  "aptitudes.weaknesses": "Weakness",
};

/** A person's name for a form path, for the error summary: "aliases.1" → "Alias 2". */
export function labelFor(path: string): string {
  if (LABELS[path]) return LABELS[path];
  const m = /^(.*?)\.(\d+)(?:\.(item|reason|name))?$/.exec(path);
  if (m && LABELS[m[1]]) return `${LABELS[m[1]]} ${Number(m[2]) + 1}${m[3] === "item" ? ": item" : m[3] === "reason" ? ": why" : ""}`;
  return path;
}
